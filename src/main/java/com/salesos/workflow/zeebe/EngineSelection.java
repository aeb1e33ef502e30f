package com.salesos.workflow.zeebe;

import java.io.IOException;
import java.util.Set;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * With {@code salesos.workflow.engine=zeebe}, keeps the embedded engine's components out of component scanning, so
 * no executor, poller or engine table is touched; registered in {@code META-INF/spring.factories}. Two of its
 * classes serve either engine and stay: the {@code salesos.workflow.*} settings and the start-up deployment of
 * {@code bpmn/} and {@code dmn/}, which goes through the port.
 */
public class EngineSelection implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PROPERTY = "salesos.workflow.engine";
    static final String ZEEBE = "zeebe";
    private static final String EMBEDDED_PACKAGE = "com.salesos.workflow.embedded.";
    private static final Set<String> SHARED = Set.of(EMBEDDED_PACKAGE + "EngineConfiguration",
            EMBEDDED_PACKAGE + "ModelFolders");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (zeebe(context.getEnvironment())) {
            context.getBeanFactory().registerSingleton(EngineSelection.class.getName() + ".filter",
                    new EmbeddedEngineFilter());
        }
    }

    static boolean zeebe(Environment environment) {
        return ZEEBE.equalsIgnoreCase(environment.getProperty(PROPERTY, "embedded"));
    }

    /** Matches (and so excludes) the embedded engine's classes except the shared ones. */
    static final class EmbeddedEngineFilter extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            String name = reader.getClassMetadata().getClassName();
            return name.startsWith(EMBEDDED_PACKAGE) && !SHARED.contains(name);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof EmbeddedEngineFilter;
        }

        @Override
        public int hashCode() {
            return EmbeddedEngineFilter.class.hashCode();
        }
    }
}
