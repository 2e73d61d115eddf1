package io.stackup.security;

import java.util.List;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson's limits for every JSON body the application reads (the size of the whole body is bounded before by
 * {@link RequestSizeLimit}): nesting, number length (a long number costs quadratic time to convert), string and name
 * length, tokens. What is over a limit is an unreadable body, answered 400 with a problem like any other.
 *
 * <p>Spring Boot 4.0 has no property for the stream constraints, and they belong to the factory the builder starts
 * from, so this replaces the auto-configured builder with one on a constrained factory; every
 * {@link JsonMapperBuilderCustomizer} still applies, in its order, as in Spring Boot's own builder.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimitsConfiguration {

    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxNumberLength(100)
            .maxStringLength(1024 * 1024)
            .maxNameLength(1000)
            .maxTokenCount(1_000_000)
            .build();

    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
        JsonMapper.Builder builder = JsonMapper.builder(
                JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build());
        for (JsonMapperBuilderCustomizer customizer : customizers) {
            customizer.customize(builder);
        }
        return builder;
    }
}
