package com.salesos.workflow.embedded;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.salesos.workflow.ModelValidationException.Problem;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListeners;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListeners;

/**
 * Reads the executable processes of a parsed BPMN model into {@link Node} graphs, collecting a problem (with
 * element id and type) for every element the engine does not execute and every FEEL expression that does not
 * parse. Element details are read by {@link ElementReader}.
 */
final class BpmnReader {

    private final Feel feel;
    private final String resource;
    private final List<Problem> problems = new ArrayList<>();
    private final ElementReader elements;

    BpmnReader(Feel feel, String resource) {
        this.feel = feel;
        this.resource = resource;
        this.elements = new ElementReader(feel, this::problem);
    }

    List<Problem> problems() {
        return problems;
    }

    /** The executable processes, by BPMN process id (definition key and version still 0). */
    Map<String, Node> read(BpmnModelInstance model) {
        Map<String, Node> processes = new HashMap<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (!process.isExecutable()) {
                continue;
            }
            Node root = new Node(process.getId(), Kind.PROCESS);
            root.name = process.getName();
            unsupportedExtensions(process);
            readScope(process.getFlowElements(), root, new HashMap<>());
            processes.put(process.getId(), root);
        }
        if (processes.isEmpty()) {
            problems.add(new Problem(resource, null, null, "the model has no executable process"));
        }
        return processes;
    }

    private void readScope(java.util.Collection<FlowElement> elementsOfScope, Node scope, Map<String, Node> byId) {
        Map<String, Node> local = new HashMap<>();
        List<SequenceFlow> flows = new ArrayList<>();
        for (FlowElement element : elementsOfScope) {
            if (element instanceof SequenceFlow flow) {
                flows.add(flow);
                continue;
            }
            Node node = elements.read(element);
            if (node == null) {
                continue;
            }
            node.flowScope = scope;
            scope.children.add(node);
            local.put(node.id, node);
            byId.put(node.id, node);
            unsupportedExtensions(element);
            if (element instanceof Activity activity) {
                readActivityCommons(activity, node);
            }
            if (element instanceof SubProcess sub) {
                readScope(sub.getFlowElements(), node, byId);
                List<Node> starts = node.children.stream().filter(c -> c.kind == Kind.START_EVENT).toList();
                if (starts.size() != 1 || starts.get(0).event != EventKind.NONE) {
                    problem(element, "an embedded sub-process needs exactly one none start event");
                } else {
                    node.noneStart = starts.get(0);
                }
            }
        }
        for (Node node : local.values()) {
            if (node.kind == Kind.BOUNDARY_EVENT && node.attachedTo != null) {
                node.attachedTo = local.get(node.attachedTo.id);
                node.attachedTo.boundaries.add(node);
            }
        }
        for (SequenceFlow sf : flows) {
            Flow flow = new Flow(sf.getId());
            flow.source = local.get(sf.getSource().getId());
            flow.target = local.get(sf.getTarget().getId());
            if (flow.source == null || flow.target == null) {
                continue; // the source or target was refused and already reported
            }
            if (sf.getConditionExpression() != null && !sf.getConditionExpression().getTextContent().isBlank()) {
                flow.condition = expression(sf, sf.getConditionExpression().getTextContent());
            }
            flow.source.outgoing.add(flow);
            flow.target.incoming.add(flow);
        }
        for (FlowElement element : elementsOfScope) {
            Node node = local.get(element.getId());
            if (node != null) {
                node.defaultFlow = elements.defaultFlow(element, node);
            }
        }
        if (scope.kind == Kind.PROCESS) {
            scope.noneStart = scope.children.stream()
                    .filter(c -> c.kind == Kind.START_EVENT && c.event == EventKind.NONE).findFirst().orElse(null);
        }
    }

    private void readActivityCommons(Activity activity, Node node) {
        ZeebeIoMapping io = activity.getSingleExtensionElement(ZeebeIoMapping.class);
        if (io != null) {
            io.getInputs().forEach(i -> node.inputs.add(new Mapping(expression(activity, i.getSource()), i.getTarget())));
            io.getOutputs().forEach(o -> node.outputs.add(new Mapping(expression(activity, o.getSource()), o.getTarget())));
        }
        if (activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics mi) {
            ZeebeLoopCharacteristics z = mi.getSingleExtensionElement(ZeebeLoopCharacteristics.class);
            if (z == null || z.getInputCollection() == null) {
                problem(activity, "a multi-instance activity needs zeebe:loopCharacteristics with an inputCollection");
                return;
            }
            Expr completion = mi.getCompletionCondition() == null ? null
                    : expression(activity, mi.getCompletionCondition().getTextContent());
            node.loop = new LoopDef(mi.isSequential(), expression(activity, z.getInputCollection()), z.getInputElement(),
                    z.getOutputCollection(), expression(activity, z.getOutputElement()), completion);
        } else if (activity.getLoopCharacteristics() != null) {
            problem(activity, "standard loops are not supported; use a multi-instance loop");
        }
    }

    private void unsupportedExtensions(BaseElement element) {
        if (element.getSingleExtensionElement(ZeebeExecutionListeners.class) != null) {
            problem(element, "execution listeners are not supported");
        }
        if (element.getSingleExtensionElement(ZeebeTaskListeners.class) != null) {
            problem(element, "task listeners are not supported");
        }
    }

    private Expr expression(BaseElement element, String text) {
        try {
            return feel.expression(text);
        } catch (Feel.FeelException e) {
            problem(element, "invalid FEEL expression: " + e.getMessage());
            return null;
        }
    }

    void problem(BaseElement element, String message) {
        problems.add(new Problem(resource, element.getId(), element.getElementType().getTypeName(), message));
    }
}
