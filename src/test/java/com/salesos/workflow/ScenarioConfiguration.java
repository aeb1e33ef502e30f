package com.salesos.workflow;

import java.time.Instant;
import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The scenario tests' application: a hand-moved clock and programmable workers for the {@link TestWorkers#TYPES}. */
@TestConfiguration(proxyBeanMethods = false)
public class ScenarioConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.now());
    }

    @Bean
    TestWorkers testWorkers() {
        return new TestWorkers();
    }

    @Bean
    JobWorker svcA(TestWorkers workers) {
        return worker("svc.a", workers);
    }

    @Bean
    JobWorker svcB(TestWorkers workers) {
        return worker("svc.b", workers);
    }

    @Bean
    JobWorker svcC(TestWorkers workers) {
        return worker("svc.c", workers);
    }

    @Bean
    JobWorker svcD(TestWorkers workers) {
        return worker("svc.d", workers);
    }

    @Bean
    JobWorker svcE(TestWorkers workers) {
        return worker("svc.e", workers);
    }

    private static JobWorker worker(String type, TestWorkers workers) {
        return new JobWorker() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public Map<String, Object> handle(Job job) {
                return workers.handle(job);
            }
        };
    }
}
