package com.salesos.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/** Every shipped DMN file stays something sales ops can open in Camunda Modeler and read rule by rule. */
class DecisionModelsTests {

    private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    private static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    private static final String MODELER = "http://camunda.org/schema/modeler/1.0";

    static Stream<Path> models() throws IOException {
        return Files.list(DecisionTables.MODELS).filter(file -> file.toString().endsWith(".dmn")).sorted();
    }

    @ParameterizedTest
    @MethodSource("models")
    void targetsCamunda8WithADiagramShapeForEveryDecision(Path file) throws Exception {
        Element definitions = ModelXml.read(file);

        assertThat(definitions.getAttributeNS(MODELER, "executionPlatform")).isEqualTo("Camunda Cloud");
        assertThat(definitions.getAttributeNS(MODELER, "executionPlatformVersion")).isEqualTo("8.8.0");
        var shapes = ModelXml.elements(definitions, DMNDI, "DMNShape").stream().map(s -> s.getAttribute("dmnElementRef")).toList();
        assertThat(ModelXml.elements(definitions, DMN, "decision")).allSatisfy(d -> assertThat(shapes).contains(d.getAttribute("id")));
    }

    @ParameterizedTest
    @MethodSource("models")
    void givesEveryRuleAStableIdAndAReadableAnnotation(Path file) throws Exception {
        List<Element> rules = ModelXml.elements(ModelXml.read(file), DMN, "rule");

        assertThat(rules).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.getAttribute("id")).matches("rule_[a-z0-9_]+");
            assertThat(ModelXml.elements(rule, DMN, "description")).singleElement()
                    .satisfies(note -> assertThat(note.getTextContent()).as(rule.getAttribute("id")).isNotBlank());
        });
        assertThat(rules.stream().map(rule -> rule.getAttribute("id"))).doesNotHaveDuplicates();
    }
}
