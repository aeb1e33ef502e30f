package com.salesos.workflow.zeebe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.salesos.workflow.ModelResource;
import com.salesos.workflow.ModelValidationException;
import org.junit.jupiter.api.Test;

/** On Camunda 8 too, a model with a DOCTYPE (external entities, expansion bombs) never leaves the application. */
class ZeebeModelSecurityTests extends StubbedClusterTests {

    @Test
    void refusesADoctypeBeforeSendingAnythingToTheCluster() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE definitions [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
                  <process id="p" isExecutable="true"><startEvent id="s" name="&b;"/></process>
                </definitions>
                """;
        assertThatThrownBy(() -> new ZeebeWorkflow(client).deploy(List.of(
                new ModelResource("fine.bpmn", "<definitions/>".getBytes(StandardCharsets.UTF_8)),
                new ModelResource("bomb.bpmn", bomb.getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(ModelValidationException.class)
                .satisfies(e -> assertThat(((ModelValidationException) e).problems().get(0).resource()).isEqualTo("bomb.bpmn"))
                .hasMessageContaining("DOCTYPE");
        assertThat(cluster.requests("POST", "/v2/deployments")).isEmpty();
    }
}
