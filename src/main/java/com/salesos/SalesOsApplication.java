package com.salesos;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.scheduling.annotation.EnableAsync;

/** Sales OS: the sales team's life as executable BPMN processes and DMN decisions. */
// bean names are fully qualified: features may reuse simple class names (two Subscriptions) without clashing
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@EnableAsync
public class SalesOsApplication {

    public static void main(String[] args) {
        SpringApplication.run(SalesOsApplication.class, args);
    }
}
