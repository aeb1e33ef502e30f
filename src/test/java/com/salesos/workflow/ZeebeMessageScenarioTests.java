package com.salesos.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@link MessageScenarioTests} on a Camunda 8 cluster; skipped unless SALESOS_ZEEBE_ADDRESS is set. */
@ZeebeScenario
class ZeebeMessageScenarioTests extends MessageScenarioTests {

    /** The cluster refuses a repeated id without naming the first message, so only the duplicate flag is checked. */
    @Override
    @Test
    void aMessageIdPublishedTwiceWhileBufferedCountsOnce() {
        Message message = new Message("Dup" + id("dedup"), "k", Map.of(), Duration.ofHours(1), "msg-1");

        assertThat(workflow.publish(message).duplicate()).isFalse();
        assertThat(workflow.publish(message).duplicate()).isTrue();
    }
}
