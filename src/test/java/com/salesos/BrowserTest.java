package com.salesos;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port for tests that drive a real browser. This is the suite's second
 * application context: every browser test class uses exactly this annotation so that they share it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// a second context on the same database: its engine runs no background job executor or timer poller, so it
// never takes jobs or fires timers that the main test context's scenarios are waiting for
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "salesos.workflow.executor.enabled=false", "salesos.workflow.timers.enabled=false"})
public @interface BrowserTest {
}
