package io.stackup.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** Puts {@link RequestSizeLimit} first, before security and everything that could read a body. */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(
            @Value("${stackup.limits.public-body:256KB}") DataSize publicBody,
            @Value("${stackup.limits.template-body:2112KB}") DataSize templateBody,
            @Value("${stackup.limits.api-body:1MB}") DataSize apiBody,
            @Value("${stackup.limits.other-body:4MB}") DataSize otherBody) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(
                new RequestSizeLimit(new RequestSizeLimit.Limits(publicBody, templateBody, apiBody, otherBody)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
