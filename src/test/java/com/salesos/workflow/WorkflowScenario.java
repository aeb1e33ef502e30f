package com.salesos.workflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * One application context for every scenario test class: the engine with background job executor and timer
 * poller on short intervals, the hand-moved clock and the programmable workers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"salesos.workflow.executor.poll-interval=50ms",
        "salesos.workflow.executor.default-backoff=0s", "salesos.workflow.timers.poll-interval=50ms",
        "salesos.workflow.executor.threads=4"})
@AutoConfigureMockMvc
@Import(ScenarioConfiguration.class)
public @interface WorkflowScenario {
}
