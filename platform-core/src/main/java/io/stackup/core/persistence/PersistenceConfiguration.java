package io.stackup.core.persistence;

import javax.sql.DataSource;
import org.springframework.boot.jooq.autoconfigure.ExceptionTranslatorExecuteListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/** The transaction manager that carries the tenant into PostgreSQL, and the translation of its refusals. */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement
class PersistenceConfiguration {

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        TenantAwareTransactionManager manager = new TenantAwareTransactionManager(dataSource);
        manager.setExceptionTranslator(new TenantRefusalTranslator());
        return manager;
    }

    /** For the few places that speak plain SQL (guards, tests): the same translation as jOOQ and transactions. */
    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setExceptionTranslator(new TenantRefusalTranslator());
        return template;
    }

    @Bean
    ExceptionTranslatorExecuteListener jooqExceptionTranslatorExecuteListener() {
        TenantRefusalTranslator translator = new TenantRefusalTranslator();
        return ExceptionTranslatorExecuteListener.of(context -> translator);
    }
}
