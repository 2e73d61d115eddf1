package io.stackup.core.support;

import io.stackup.deploy.SharedPostgres;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the context at the test run's shared PostgreSQL. */
public class SharedPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = Map.copyOf(SharedPostgres.springProperties());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("shared-postgres", properties));
    }
}
