package io.stackup.core.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test of platform-core on a real PostgreSQL (shared by the whole test run), migrated by the Liquibase
 * changelog as the owner role; the application connects as the role that row-level security applies to.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CoreTestApplication.class)
@ContextConfiguration(initializers = SharedPostgresInitializer.class)
public @interface CoreIntegrationTest {}
