package com.salesos.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The scenario suite on a Camunda 8 cluster (the Zeebe adapter): runs only when {@code SALESOS_ZEEBE_ADDRESS} (the
 * cluster's REST address, e.g. {@code http://localhost:8088}) is set, else every such class is skipped. gRPC goes
 * to {@code SALESOS_ZEEBE_GRPC_ADDRESS} (default {@code http://localhost:26500}). A Zeebe variant is a subclass of
 * an embedded scenario class carrying this annotation, so the scenarios themselves exist once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = "SALESOS_ZEEBE_ADDRESS", matches = ".+")
@SpringBootTest(properties = {"salesos.workflow.engine=zeebe",
        "camunda.client.rest-address=${SALESOS_ZEEBE_ADDRESS}",
        "camunda.client.grpc-address=${SALESOS_ZEEBE_GRPC_ADDRESS:http://localhost:26500}",
        "camunda.client.prefer-rest-over-grpc=${SALESOS_ZEEBE_PREFER_REST:false}",
        "camunda.client.worker.poll-interval=100ms"})
@AutoConfigureMockMvc
@Import({ScenarioConfiguration.class, ZeebeScenarioConfiguration.class})
public @interface ZeebeScenario {
}
