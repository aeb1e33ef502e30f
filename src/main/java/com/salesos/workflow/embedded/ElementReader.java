package com.salesos.workflow.embedded;

import java.util.function.BiConsumer;

import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.BusinessRuleTask;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Event;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.InclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.IntermediateThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.ScriptTask;
import io.camunda.zeebe.model.bpmn.instance.SendTask;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.TerminateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebePriorityDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeScript;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;

/** Turns one BPMN flow element into a {@link Node}, or reports it as unsupported (returning null). */
final class ElementReader {

    private final Feel feel;
    private final BiConsumer<BaseElement, String> problems;

    ElementReader(Feel feel, BiConsumer<BaseElement, String> problems) {
        this.feel = feel;
        this.problems = problems;
    }

    Node read(FlowElement e) {
        Node node = kindOf(e);
        if (node != null) {
            node.name = e.getName();
        }
        return node;
    }


    private Node kindOf(FlowElement e) {
        if (e instanceof BoundaryEvent b) {
            return boundary(b);
        }
        if (e instanceof StartEvent s) {
            return event(s, Kind.START_EVENT);
        }
        if (e instanceof EndEvent s) {
            return event(s, Kind.END_EVENT);
        }
        if (e instanceof IntermediateCatchEvent s) {
            return event(s, Kind.INTERMEDIATE_CATCH_EVENT);
        }
        if (e instanceof IntermediateThrowEvent s) {
            return event(s, Kind.INTERMEDIATE_THROW_EVENT);
        }
        if (e instanceof BusinessRuleTask t) {
            return businessRule(t);
        }
        if (e instanceof ServiceTask || e instanceof SendTask) {
            return job(e, e instanceof ServiceTask ? Kind.SERVICE_TASK : Kind.SEND_TASK);
        }
        if (e instanceof ScriptTask t) {
            return script(t);
        }
        if (e instanceof UserTask t) {
            return userTask(t);
        }
        if (e instanceof ReceiveTask t) {
            return receive(t);
        }
        if (e instanceof CallActivity c) {
            return callActivity(c);
        }
        String type = e.getElementType().getTypeName();
        if (e instanceof SubProcess s && s.triggeredByEvent()) {
            return unsupported(s, "event sub-processes are not supported");
        }
        return switch (type) {
            case "subProcess" -> new Node(e.getId(), Kind.SUB_PROCESS);
            case "manualTask" -> new Node(e.getId(), Kind.MANUAL_TASK);
            case "task" -> new Node(e.getId(), Kind.TASK);
            case "exclusiveGateway" -> new Node(e.getId(), Kind.EXCLUSIVE_GATEWAY);
            case "parallelGateway" -> new Node(e.getId(), Kind.PARALLEL_GATEWAY);
            case "inclusiveGateway" -> new Node(e.getId(), Kind.INCLUSIVE_GATEWAY);
            case "eventBasedGateway" -> new Node(e.getId(), Kind.EVENT_BASED_GATEWAY);
            default -> unsupported(e);
        };
    }

    Flow defaultFlow(FlowElement e, Node node) {
        SequenceFlow def = e instanceof ExclusiveGateway g ? g.getDefault()
                : e instanceof InclusiveGateway g ? g.getDefault() : null;
        return def == null ? null : node.outgoing.stream().filter(f -> f.id.equals(def.getId())).findFirst().orElse(null);
    }

    private Node event(Event e, Kind kind) {
        Node node = new Node(e.getId(), kind);
        var defs = e.getChildElementsByType(EventDefinition.class);
        if (defs.size() > 1) {
            return unsupported(e, "events with several event definitions are not supported");
        }
        if (defs.isEmpty()) {
            if (kind == Kind.INTERMEDIATE_CATCH_EVENT || kind == Kind.BOUNDARY_EVENT) {
                return unsupported(e, "a catch event needs a timer, message or error definition");
            }
            return node;
        }
        EventDefinition def = defs.iterator().next();
        boolean ok;
        if (def instanceof TimerEventDefinition t) {
            ok = kind != Kind.END_EVENT && kind != Kind.INTERMEDIATE_THROW_EVENT && timer(node, t);
        } else if (def instanceof MessageEventDefinition m) {
            ok = message(e, node, m, kind);
        } else if (def instanceof ErrorEventDefinition err) {
            ok = (kind == Kind.END_EVENT || kind == Kind.BOUNDARY_EVENT) && error(node, err);
        } else if (def instanceof TerminateEventDefinition) {
            node.event = EventKind.TERMINATE;
            ok = kind == Kind.END_EVENT;
        } else {
            ok = false;
        }
        if (!ok) {
            return unsupported(e, def.getElementType().getTypeName() + " on " + e.getElementType().getTypeName()
                    + " is not supported");
        }
        return node;
    }

    private Node boundary(BoundaryEvent b) {
        Node node = event(b, Kind.BOUNDARY_EVENT);
        if (node != null) {
            node.interrupting = b.cancelActivity();
            node.attachedTo = new Node(b.getAttachedTo().getId(), Kind.TASK); // placeholder, linked by BpmnReader
            if (node.event == EventKind.ERROR && !node.interrupting) {
                return unsupported(b, "error boundary events are always interrupting");
            }
        }
        return node;
    }

    private boolean timer(Node node, TimerEventDefinition t) {
        node.event = EventKind.TIMER;
        if (t.getTimeDate() != null) {
            node.timer = new TimerDef(TimerDef.Type.DATE, attribute(t, t.getTimeDate().getTextContent()));
        } else if (t.getTimeDuration() != null) {
            node.timer = new TimerDef(TimerDef.Type.DURATION, attribute(t, t.getTimeDuration().getTextContent()));
        } else if (t.getTimeCycle() != null) {
            node.timer = new TimerDef(TimerDef.Type.CYCLE, attribute(t, t.getTimeCycle().getTextContent()));
        } else {
            problems.accept(t, "a timer needs a date, duration or cycle");
        }
        return true;
    }

    private boolean message(Event e, Node node, MessageEventDefinition m, Kind kind) {
        node.event = EventKind.MESSAGE;
        if (kind == Kind.END_EVENT || kind == Kind.INTERMEDIATE_THROW_EVENT) {
            jobDefinition(e, node); // Zeebe's message throw events are job workers
            return node.jobType != null || reject(e, "a message throw event needs a zeebe:taskDefinition");
        }
        if (m.getMessage() == null || m.getMessage().getName() == null) {
            return reject(e, "a message event needs a message with a name");
        }
        node.messageName = m.getMessage().getName();
        ZeebeSubscription sub = m.getMessage().getSingleExtensionElement(ZeebeSubscription.class);
        if (kind != Kind.START_EVENT) {
            if (sub == null || sub.getCorrelationKey() == null) {
                return reject(e, "a message catch event needs a zeebe:subscription correlationKey");
            }
            node.correlationKey = expression(e, sub.getCorrelationKey());
        }
        return true;
    }

    private boolean error(Node node, ErrorEventDefinition err) {
        node.event = EventKind.ERROR;
        node.errorCode = err.getError() == null ? null : err.getError().getErrorCode();
        return true;
    }

    private Node job(BaseElement e, Kind kind) {
        Node node = new Node(e.getId(), kind);
        jobDefinition(e, node);
        if (node.jobType == null) {
            return unsupported(e, "a " + e.getElementType().getTypeName() + " needs a zeebe:taskDefinition type");
        }
        return node;
    }

    private void jobDefinition(BaseElement e, Node node) {
        ZeebeTaskDefinition def = e.getSingleExtensionElement(ZeebeTaskDefinition.class);
        if (def != null && def.getType() != null) {
            node.jobType = attribute(e, def.getType());
            node.jobRetries = attribute(e, def.getRetries());
        }
        ZeebeTaskHeaders headers = e.getSingleExtensionElement(ZeebeTaskHeaders.class);
        if (headers != null) {
            headers.getHeaders().forEach(h -> node.headers.put(h.getKey(), h.getValue()));
        }
    }

    private Node businessRule(BusinessRuleTask t) {
        ZeebeCalledDecision decision = t.getSingleExtensionElement(ZeebeCalledDecision.class);
        if (decision == null) {
            return job(t, Kind.BUSINESS_RULE_TASK);
        }
        Node node = new Node(t.getId(), Kind.BUSINESS_RULE_TASK);
        node.decisionId = attribute(t, decision.getDecisionId());
        node.resultVariable = decision.getResultVariable();
        return node;
    }

    private Node script(ScriptTask t) {
        ZeebeScript script = t.getSingleExtensionElement(ZeebeScript.class);
        if (script == null) {
            return job(t, Kind.SCRIPT_TASK);
        }
        Node node = new Node(t.getId(), Kind.SCRIPT_TASK);
        node.script = expression(t, script.getExpression());
        node.resultVariable = script.getResultVariable();
        return node;
    }

    private Node userTask(UserTask t) {
        Node node = new Node(t.getId(), Kind.USER_TASK);
        ZeebeAssignmentDefinition a = t.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
        ZeebeTaskSchedule s = t.getSingleExtensionElement(ZeebeTaskSchedule.class);
        ZeebeFormDefinition f = t.getSingleExtensionElement(ZeebeFormDefinition.class);
        ZeebePriorityDefinition p = t.getSingleExtensionElement(ZeebePriorityDefinition.class);
        String formKey = f == null ? null : f.getFormKey() != null ? f.getFormKey()
                : f.getFormId() != null ? f.getFormId() : f.getExternalReference();
        node.userTask = new UserTaskDef(a == null ? null : attribute(t, a.getAssignee()),
                a == null ? null : attribute(t, a.getCandidateGroups()),
                a == null ? null : attribute(t, a.getCandidateUsers()),
                s == null ? null : attribute(t, s.getDueDate()), s == null ? null : attribute(t, s.getFollowUpDate()),
                formKey, p == null ? null : attribute(t, p.getPriority()));
        return node;
    }

    private Node receive(ReceiveTask t) {
        Node node = new Node(t.getId(), Kind.RECEIVE_TASK);
        if (t.getMessage() == null || t.getMessage().getName() == null) {
            return unsupported(t, "a receive task needs a message with a name");
        }
        node.messageName = t.getMessage().getName();
        ZeebeSubscription sub = t.getMessage().getSingleExtensionElement(ZeebeSubscription.class);
        if (sub == null || sub.getCorrelationKey() == null) {
            return unsupported(t, "a receive task needs a zeebe:subscription correlationKey");
        }
        node.correlationKey = expression(t, sub.getCorrelationKey());
        node.event = EventKind.MESSAGE;
        return node;
    }

    private Node callActivity(CallActivity c) {
        ZeebeCalledElement called = c.getSingleExtensionElement(ZeebeCalledElement.class);
        if (called == null || called.getProcessId() == null) {
            return unsupported(c, "a call activity needs zeebe:calledElement processId");
        }
        Node node = new Node(c.getId(), Kind.CALL_ACTIVITY);
        node.calledProcessId = attribute(c, called.getProcessId());
        node.propagateAllChildVariables = called.isPropagateAllChildVariablesEnabled();
        node.propagateAllParentVariables = called.isPropagateAllParentVariablesEnabled();
        return node;
    }

    private Expr attribute(BaseElement e, String text) {
        try {
            return feel.attribute(text);
        } catch (Feel.FeelException ex) {
            problems.accept(e, "invalid FEEL expression: " + ex.getMessage());
            return null;
        }
    }

    private Expr expression(BaseElement e, String text) {
        try {
            return feel.expression(text);
        } catch (Feel.FeelException ex) {
            problems.accept(e, "invalid FEEL expression: " + ex.getMessage());
            return null;
        }
    }

    private boolean reject(BaseElement e, String message) {
        problems.accept(e, message);
        return true; // reported already; keep the node so that later checks do not report it twice
    }

    private Node unsupported(BaseElement e) {
        return unsupported(e, "element type '" + e.getElementType().getTypeName() + "' is not supported");
    }

    private Node unsupported(BaseElement e, String message) {
        problems.accept(e, message);
        return null;
    }
}
