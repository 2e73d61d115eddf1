package io.stackup.core.support;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** platform-core alone, as the application assembles it. */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableMethodSecurity(jsr250Enabled = true)
@ComponentScan("io.stackup.core")
public class CoreTestApplication {}
