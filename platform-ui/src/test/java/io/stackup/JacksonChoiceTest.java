package io.stackup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/**
 * keycloak-admin-client (tenant-admin) and springdoc's swagger-core bring Jackson 2 onto the application's classpath
 * beside Spring Boot's Jackson 3, swagger-core with Jackson 2 YAML. Spring's HTTP layer chooses its converters by what is
 * on the classpath: JSON must stay Jackson 3's, and no Jackson 2 format (YAML, XML, CBOR, Smile) may stay as an extra
 * converter once {@link HttpConverters} has removed them. (OpenApiIT checks the running application's converters.)
 */
class JacksonChoiceTest {

    @Test
    void the_http_layer_converts_with_jackson_3_only() {
        List<HttpMessageConverter<?>> converters = new ArrayList<>();
        HttpMessageConverters.forServer()
                .registerDefaults()
                .configureMessageConvertersList(HttpConverters::withoutJackson2)
                .build()
                .forEach(converters::add);

        assertThat(converters).hasAtLeastOneElementOfType(JacksonJsonHttpMessageConverter.class);
        assertThat(converters)
                .extracting(converter -> converter.getClass().getName())
                .noneMatch(name -> name.contains("Jackson2"));
    }
}
