package com.salesos.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.bpm.model.xml.validation.ValidationResultFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;

/** The shipped BPMN processes are valid Camunda 8 models that open with a diagram in Camunda Modeler. */
class ProcessModelsTests {

    private static final String MODELER = "http://camunda.org/schema/modeler/1.0";

    static Stream<Path> models() throws IOException {
        return Files.list(Path.of("bpmn")).filter(file -> file.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest
    @MethodSource("models")
    void isAValidZeebeModel(Path file) throws IOException {
        BpmnModelInstance model = read(file);

        // validateModel checks the BPMN schema; the design-time validators are the Zeebe dialect rules
        // (job types, message correlation keys, called decisions, gateway conditions) Camunda 8 deploys with
        Bpmn.validateModel(model);
        var results = model.validate(ZeebeDesignTimeValidators.VALIDATORS);
        var report = new StringWriter();
        results.write(report, new PlainFormatter());
        assertThat(results.getErrorCount()).as(report.toString()).isZero();
    }

    @ParameterizedTest
    @MethodSource("models")
    void targetsCamunda8NamesItsProcessAfterTheFileAndDrawsEveryElement(Path file) throws Exception {
        BpmnModelInstance model = read(file);
        var definitions = ModelXml.read(file);
        assertThat(definitions.getAttributeNS(MODELER, "executionPlatform")).isEqualTo("Camunda Cloud");
        assertThat(definitions.getAttributeNS(MODELER, "executionPlatformVersion")).isEqualTo("8.8.0");

        var processes = model.getModelElementsByType(Process.class);
        assertThat(processes).singleElement().satisfies(process -> {
            assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
            assertThat(process.isExecutable()).isTrue();
        });
        var drawn = model.getModelElementsByType(BpmnShape.class).stream().map(BpmnShape::getBpmnElement)
                .map(BaseElement::getId).toList();
        assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(node -> {
            assertThat(drawn).as("shape of " + node.getId()).contains(node.getId());
            assertThat(node.getId()).matches("(start|end|task|gateway|event|boundary|call|subprocess)_[a-z0-9_]+");
        });
    }

    @ParameterizedTest
    @MethodSource("models")
    void writesEveryExpressionInValidFeel(Path file) throws Exception {
        var feel = FeelEngineBuilder.forJava().build();

        assertThat(ModelXml.feelExpressions(ModelXml.read(file))).isNotEmpty().allSatisfy(expression -> {
            var parsed = feel.parseExpression(expression);
            assertThat(parsed.isSuccess()).as(expression + ": " + (parsed.isFailure() ? parsed.failure().message() : "")).isTrue();
        });
    }

    private static BpmnModelInstance read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Bpmn.readModelFromStream(in);
        }
    }

    /** One line per finding: element id and message. */
    private static final class PlainFormatter implements ValidationResultFormatter {

        @Override
        public void formatElement(StringWriter writer, org.camunda.bpm.model.xml.instance.ModelElementInstance element) {
            writer.append(element instanceof BaseElement base ? base.getId() : element.toString()).append(": ");
        }

        @Override
        public void formatResult(StringWriter writer, ValidationResult result) {
            writer.append(result.getType().name()).append(' ').append(result.getMessage()).append('\n');
        }
    }
}
