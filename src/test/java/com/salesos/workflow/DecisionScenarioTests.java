package com.salesos.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import io.camunda.zeebe.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

@WorkflowScenario
class DecisionScenarioTests extends ScenarioSupport {

    static String discountTable(String decisionId) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d_%1$s" name="Guardrails"
                    namespace="http://salesos/dmn">
                  <decision id="%1$s" name="Discount approval">
                    <decisionTable id="table_%1$s" hitPolicy="FIRST">
                      <input id="in_discount" label="Discount">
                        <inputExpression id="ie_discount" typeRef="number"><text>discount</text></inputExpression>
                      </input>
                      <output id="out_level" name="level" typeRef="string"/>
                      <rule id="rule_none"><inputEntry id="r1"><text>&lt;= 10</text></inputEntry>
                        <outputEntry id="o1"><text>"none"</text></outputEntry></rule>
                      <rule id="rule_manager"><inputEntry id="r2"><text>(10..25]</text></inputEntry>
                        <outputEntry id="o2"><text>"manager"</text></outputEntry></rule>
                      <rule id="rule_director"><inputEntry id="r3"><text>(25..40]</text></inputEntry>
                        <outputEntry id="o3"><text>"director"</text></outputEntry></rule>
                      <rule id="rule_refused"><inputEntry id="r4"><text>&gt; 40</text></inputEntry>
                        <outputEntry id="o4"><text>"refused"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(decisionId);
    }

    @Test
    void evaluatesADecisionWithTheMatchedRule() {
        String decision = id("discount");
        deployXml(decision + ".dmn", discountTable(decision));

        DecisionResult result = workflow.evaluateDecision(decision, Map.of("discount", 30));

        assertThat(result.value()).isEqualTo("director");
        assertThat(result.matchedRuleIds()).containsExactly("rule_director");
        assertThat(result.version()).isEqualTo(1);
    }

    @Test
    void businessRuleTaskPutsTheDecisionResultInItsResultVariable() {
        String decision = id("discount");
        deployXml(decision + ".dmn", discountTable(decision));
        String id = id("pricing");
        deploy(Bpmn.createExecutableProcess(id).startEvent()
                .businessRuleTask("guardrails", t -> t.zeebeCalledDecisionId(decision).zeebeResultVariable("approval"))
                .exclusiveGateway().condition("none", "=approval = \"none\"").endEvent("auto")
                .moveToLastExclusiveGateway().defaultFlow().endEvent("needs_approval").done());

        ProcessInstance pi = awaitCompleted(workflow.start(id, Map.of("discount", 15), null));

        assertThat(pi.variables()).containsEntry("approval", "manager");
        assertThat(pi.passed("needs_approval", "COMPLETED")).isTrue();
    }

    @Test
    void redeployingAnUnchangedFileMakesNoNewVersion() {
        String decision = id("discount");
        deployXml(decision + ".dmn", discountTable(decision));
        deployXml(decision + ".dmn", discountTable(decision));

        List<DeployedModel> versions = workflow.models().stream().filter(m -> m.id().equals(decision)).toList();

        assertThat(versions).hasSize(1);
    }

    @Test
    void unknownDecisionIsNotFound() {
        assertThatThrownBy(() -> workflow.evaluateDecision("no_such_decision", Map.of()))
                .isInstanceOf(com.salesos.platform.NotFoundException.class);
    }
}
