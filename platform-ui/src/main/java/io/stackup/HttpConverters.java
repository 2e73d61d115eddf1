package io.stackup;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring MVC converts with Jackson 3 only. Jackson 2 is on the classpath for libraries (Keycloak's admin client;
 * springdoc's swagger-core, with Jackson 2 YAML), and Spring adds a converter for every Jackson 2 format it finds and
 * Jackson 3 lacks: YAML would be Jackson 2's, which reads and writes the API's Jackson 3 trees as beans. Those converters
 * are removed here, so an API call answers JSON (or 406) and reads JSON, as docs/spec/api.md says.
 */
@Configuration(proxyBeanMethods = false)
class HttpConverters implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(HttpConverters::withoutJackson2);
    }

    @SuppressWarnings("removal")
    static void withoutJackson2(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(AbstractJackson2HttpMessageConverter.class::isInstance);
    }
}
