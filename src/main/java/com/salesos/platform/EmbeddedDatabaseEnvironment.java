package com.salesos.platform;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With no datasource configured, starts the embedded PostgreSQL under {@code salesos.data-dir}
 * ({@code SALESOS_DATA_DIR}, default {@code ./.salesos}) and points the application at it. Demo data is on by
 * default there, off against an external database.
 */
class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "salesosEmbeddedDatabase";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.containsProperty("spring.datasource.url") || env.getPropertySources().contains(SOURCE)) {
            return;
        }
        Path pgDir = Path.of(env.getProperty("salesos.data-dir", "./.salesos")).resolve("postgres");
        String url = EmbeddedPostgres.start(pgDir);
        // stop it after the application contexts have closed (their pools and schedulers let go first)
        SpringApplication.getShutdownHandlers().add(() -> EmbeddedPostgres.stop(pgDir));
        env.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "salesos.embedded-database", "true",
                "salesos.demo-data", "true",
                "salesos.webhooks.allow-private-targets", "true")));
    }

    @Override
    public int getOrder() {
        // after the application's own configuration files are read
        return Ordered.LOWEST_PRECEDENCE;
    }
}
