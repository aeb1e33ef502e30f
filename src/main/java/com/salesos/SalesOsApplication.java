package com.salesos;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/** Sales OS: the sales team's life as executable BPMN processes and DMN decisions. */
@SpringBootApplication
@EnableAsync
public class SalesOsApplication {

    public static void main(String[] args) {
        SpringApplication.run(SalesOsApplication.class, args);
    }
}
