package com.salesos.platform;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(new IdempotencyRecords(jdbc), json, clock));
        registration.addUrlPatterns("/api/*");
        // after Spring Security (-100), so the key is scoped to the signed-in caller
        registration.setOrder(0);
        return registration;
    }

    /** Picked up by Boot's transaction manager customizer, so every transaction of a keyed request reports to it. */
    @Bean
    IdempotencyEffects idempotencyEffects(JdbcTemplate jdbc, Clock clock) {
        return new IdempotencyEffects(jdbc, clock);
    }
}
