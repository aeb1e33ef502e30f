package com.salesos.workflow.embedded;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.salesos.workflow.ModelValidationException;
import com.salesos.workflow.ModelValidationException.Problem;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.validation.ValidationResultType;
import org.springframework.stereotype.Component;

/**
 * Parses BPMN files the way Zeebe does (the zeebe-bpmn-model parser and its design-time validators), after
 * refusing DOCTYPEs, and reads them into executable nodes; every problem names its element id and type.
 */
@Component
class ModelParser {

    private final Feel feel;

    ModelParser(Feel feel) {
        this.feel = feel;
    }

    /** The executable processes of a BPMN file by process id. @throws ModelValidationException listing problems */
    Map<String, Node> parseBpmn(String resource, byte[] content) {
        BpmnModelInstance model = read(resource, content);
        List<Problem> problems = new ArrayList<>();
        var results = model.validate(ZeebeDesignTimeValidators.VALIDATORS);
        results.getResults().forEach((element, list) -> list.stream()
                .filter(r -> r.getType() == ValidationResultType.ERROR)
                .forEach(r -> problems.add(new Problem(resource, id(element), element.getElementType().getTypeName(),
                        r.getMessage()))));
        BpmnReader reader = new BpmnReader(feel, resource);
        Map<String, Node> processes = reader.read(model);
        problems.addAll(reader.problems());
        if (!problems.isEmpty()) {
            throw new ModelValidationException(problems);
        }
        return processes;
    }

    private static BpmnModelInstance read(String resource, byte[] content) {
        try {
            SecureXml.check(content);
            return Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (IllegalArgumentException e) {
            throw invalid(resource, e.getMessage());
        } catch (RuntimeException e) {
            throw invalid(resource, "not a BPMN 2.0 model: " + e.getMessage());
        }
    }

    static ModelValidationException invalid(String resource, String message) {
        return new ModelValidationException(List.of(new Problem(resource, null, null, message)));
    }

    private static String id(ModelElementInstance element) {
        return element.getAttributeValue("id");
    }
}
