package com.salesos.bench;

import io.camunda.zeebe.model.bpmn.Bpmn;

/**
 * The reference process of the workflow benchmark in both dialects: start, price (service task), guardrails
 * (business rule task on a 6-rule table), exclusive gateway, approve or review (service task), notify (service
 * task), end. The table uses single comparisons only, which FEEL and Flowable's DMN read alike.
 */
final class BenchModels {

    static final String PROCESS = "bench_quote";
    static final String DECISION = "bench_discount";

    private BenchModels() {
    }

    static String zeebe() {
        return Bpmn.convertToString(Bpmn.createExecutableProcess(PROCESS).startEvent()
                .serviceTask("price", t -> t.zeebeJobType("bench.price"))
                .businessRuleTask("guardrails", t -> t.zeebeCalledDecisionId(DECISION).zeebeResultVariable("level"))
                .exclusiveGateway("needs_review").condition("auto", "=level = \"none\"")
                .serviceTask("approve", t -> t.zeebeJobType("bench.approve")).serviceTask("notify_a",
                        t -> t.zeebeJobType("bench.notify")).endEvent("approved")
                .moveToLastExclusiveGateway().defaultFlow()
                .serviceTask("review", t -> t.zeebeJobType("bench.review")).serviceTask("notify_b",
                        t -> t.zeebeJobType("bench.notify")).endEvent("reviewed")
                .done());
    }

    static String flowable() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:flowable="http://flowable.org/bpmn" targetNamespace="http://salesos/bench">
                  <process id="%s" isExecutable="true">
                    <startEvent id="start"/>
                    <sequenceFlow id="f1" sourceRef="start" targetRef="price"/>
                    <serviceTask id="price" flowable:type="external-worker" flowable:topic="bench.price"/>
                    <sequenceFlow id="f2" sourceRef="price" targetRef="guardrails"/>
                    <serviceTask id="guardrails" flowable:type="dmn">
                      <extensionElements>
                        <flowable:field name="decisionTableReferenceKey"><flowable:string>%s</flowable:string></flowable:field>
                      </extensionElements>
                    </serviceTask>
                    <sequenceFlow id="f3" sourceRef="guardrails" targetRef="needs_review"/>
                    <exclusiveGateway id="needs_review" default="f5"/>
                    <sequenceFlow id="f4" sourceRef="needs_review" targetRef="approve">
                      <conditionExpression>${level == 'none'}</conditionExpression>
                    </sequenceFlow>
                    <sequenceFlow id="f5" sourceRef="needs_review" targetRef="review"/>
                    <serviceTask id="approve" flowable:type="external-worker" flowable:topic="bench.approve"/>
                    <serviceTask id="review" flowable:type="external-worker" flowable:topic="bench.review"/>
                    <sequenceFlow id="f6" sourceRef="approve" targetRef="notify_a"/>
                    <sequenceFlow id="f7" sourceRef="review" targetRef="notify_b"/>
                    <serviceTask id="notify_a" flowable:type="external-worker" flowable:topic="bench.notify"/>
                    <serviceTask id="notify_b" flowable:type="external-worker" flowable:topic="bench.notify"/>
                    <sequenceFlow id="f8" sourceRef="notify_a" targetRef="approved"/>
                    <sequenceFlow id="f9" sourceRef="notify_b" targetRef="reviewed"/>
                    <endEvent id="approved"/>
                    <endEvent id="reviewed"/>
                  </process>
                </definitions>
                """.formatted(PROCESS, DECISION);
    }

    static String decision() {
        StringBuilder rules = new StringBuilder();
        String[][] bands = { { "<= 5", "none" }, { "<= 10", "none" }, { "<= 20", "manager" }, { "<= 25", "manager" },
                { "<= 40", "director" }, { "> 40", "refused" } };
        for (int i = 0; i < bands.length; i++) {
            rules.append("""
                    <rule id="rule_%1$d"><inputEntry id="in_%1$d"><text>%2$s</text></inputEntry>
                      <outputEntry id="out_%1$d"><text>"%3$s"</text></outputEntry></rule>
                    """.formatted(i + 1, bands[i][0].replace("<", "&lt;").replace(">", "&gt;"), bands[i][1]));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="bench_definitions"
                    name="Bench" namespace="http://salesos/bench">
                  <decision id="%s" name="Discount guardrails">
                    <decisionTable id="bench_table" hitPolicy="FIRST">
                      <input id="discount_input" label="Discount">
                        <inputExpression id="discount_expr" typeRef="number"><text>discount</text></inputExpression>
                      </input>
                      <output id="level_output" name="level" typeRef="string"/>
                      %s
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(DECISION, rules);
    }
}
