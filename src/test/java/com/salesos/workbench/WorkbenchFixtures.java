package com.salesos.workbench;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.camunda.zeebe.model.bpmn.Bpmn;

/** Models the workbench tests deploy: a discount table with a movable threshold, small processes with DI. */
final class WorkbenchFixtures {

    private WorkbenchFixtures() {
    }

    static String unique(String name) {
        return name + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A FIRST table: up to {@code managerUpTo} % a manager approves, above it a director. */
    static String discountTable(String decisionId, int managerUpTo) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d_%1$s" name="Guardrails"
                    namespace="http://salesos/dmn">
                  <decision id="%1$s" name="Discount approval">
                    <decisionTable id="table_%1$s" hitPolicy="FIRST">
                      <input id="in_discount" label="Discount %%">
                        <inputExpression id="ie_discount" typeRef="number"><text>discount</text></inputExpression>
                      </input>
                      <input id="in_segment" label="Segment">
                        <inputExpression id="ie_segment" typeRef="string"><text>segment</text></inputExpression>
                      </input>
                      <output id="out_level" label="Approval" name="level" typeRef="string"/>
                      <rule id="rule_none"><description>Small discounts need nobody</description>
                        <inputEntry id="r1"><text>&lt;= 10</text></inputEntry><inputEntry id="r1s"><text>-</text></inputEntry>
                        <outputEntry id="o1"><text>"none"</text></outputEntry></rule>
                      <rule id="rule_manager"><description>The manager approves up to %2$d %%</description>
                        <inputEntry id="r2"><text>&lt;= %2$d</text></inputEntry><inputEntry id="r2s"><text>-</text></inputEntry>
                        <outputEntry id="o2"><text>"manager"</text></outputEntry></rule>
                      <rule id="rule_director"><description>Above: the director</description>
                        <inputEntry id="r3"><text>&gt; %2$d</text></inputEntry><inputEntry id="r3s"><text>-</text></inputEntry>
                        <outputEntry id="o3"><text>"director"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(decisionId, managerUpTo);
    }

    /**
     * The {@code pricing-guardrails} file with one rule put first: for {@code category} alone, a discount above
     * {@code freeUpTo} % needs a manager (up to that much). Every other quote gets the answers it got before.
     */
    static String withMarkerBand(String guardrailsXml, String category, int freeUpTo) {
        String first = "      <rule id=\"rule_services_above_ceiling\">";
        if (!guardrailsXml.contains(first)) {
            throw new IllegalArgumentException("not the shipped pricing-guardrails table");
        }
        return guardrailsXml.replace(first, """
                      <rule id="rule_marker_band">
                        <description>Test band: %1$s free only up to %2$d %%</description>
                        <inputEntry id="rule_marker_band_in_1"><text>"%1$s"</text></inputEntry>
                        <inputEntry id="rule_marker_band_in_2"><text>&gt; %2$d</text></inputEntry>
                        <inputEntry id="rule_marker_band_in_3"><text>-</text></inputEntry>
                        <inputEntry id="rule_marker_band_in_4"><text>-</text></inputEntry>
                        <inputEntry id="rule_marker_band_in_5"><text>-</text></inputEntry>
                        <outputEntry id="rule_marker_band_out_1"><text>"MANAGER"</text></outputEntry>
                        <outputEntry id="rule_marker_band_out_2"><text>%2$d</text></outputEntry>
                      </rule>
                """.formatted(category, freeUpTo) + first);
    }

    /** start → user task {@code task_approve} → end, with its diagram. */
    static byte[] approvalProcess(String id, String name) {
        return Bpmn.convertToString(Bpmn.createExecutableProcess(id).name(name).startEvent("start")
                .userTask("task_approve", t -> t.name("Approve discount").zeebeUserTask()).endEvent("done").done())
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A process the engine refuses: it waits for a signal, which it does not execute. */
    static byte[] signalProcess(String id) {
        return Bpmn.convertToString(Bpmn.createExecutableProcess(id).startEvent()
                .intermediateCatchEvent("wait_for_signal").signal("go").endEvent().done())
                .getBytes(StandardCharsets.UTF_8);
    }

    /** start → a gateway whose conditions fail without {@code amount} (an incident) → two ends. */
    static byte[] gatewayProcess(String id) {
        return Bpmn.convertToString(Bpmn.createExecutableProcess(id).startEvent().exclusiveGateway("route")
                .condition("big", "=amount > 100").endEvent("big_deal")
                .moveToLastExclusiveGateway().condition("small", "=amount <= 100").endEvent("small_deal").done())
                .getBytes(StandardCharsets.UTF_8);
    }
}
