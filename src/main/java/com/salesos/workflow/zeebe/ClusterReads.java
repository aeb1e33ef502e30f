package com.salesos.workflow.zeebe;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import com.salesos.workflow.DeployedModel;
import com.salesos.workflow.Incident;
import com.salesos.workflow.IncidentPage;
import com.salesos.workflow.IncidentState;
import com.salesos.workflow.ProcessInstance;
import com.salesos.workflow.ProcessInstance.ActiveElement;
import com.salesos.workflow.ProcessInstance.HistoryEvent;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.Variable;

/**
 * Reads through the cluster's REST search API, which serves its secondary storage: what a command just did shows
 * up there a moment later. Instances become the port's view with their root variables, element history and open
 * incidents; user tasks are read by {@link ClusterTasks}.
 */
class ClusterReads {

    static final int PAGE = 100;
    private static final int MAX_ITEMS = 5000;

    private final CamundaClient client;

    ClusterReads(CamundaClient client) {
        this.client = client;
    }

    List<DeployedModel> models() {
        List<DeployedModel> out = new ArrayList<>();
        all(from -> client.newProcessDefinitionSearchRequest().sort(s -> s.processDefinitionKey().asc())
                .page(p -> p.from(from).limit(PAGE)).send().join())
                .forEach(p -> out.add(new DeployedModel(p.getProcessDefinitionKey(), DeployedModel.Kind.PROCESS,
                        p.getProcessDefinitionId(), p.getName(), p.getVersion(), p.getResourceName(), null)));
        all(from -> client.newDecisionDefinitionSearchRequest().sort(s -> s.decisionDefinitionKey().asc())
                .page(p -> p.from(from).limit(PAGE)).send().join())
                .forEach(d -> out.add(new DeployedModel(d.getDecisionKey(), DeployedModel.Kind.DECISION,
                        d.getDmnDecisionId(), d.getDmnDecisionName(), d.getVersion(), null, null)));
        return out;
    }

    /** A process definition's BPMN, else the DRD of a decision definition. */
    String modelXml(long key) {
        try {
            return client.newProcessDefinitionGetXmlRequest(key).send().join();
        } catch (RuntimeException e) {
            if (Problems.kind(e) != Problems.Kind.NOT_FOUND) {
                throw Problems.translate(e, "Model", key);
            }
        }
        return Problems.call("Model", key, () -> client.newDecisionDefinitionGetXmlRequest(key).send().join());
    }

    ProcessInstance instance(long key) {
        var pi = Problems.call("Process instance", key, () -> client.newProcessInstanceGetRequest(key).send().join());
        List<ElementInstance> elements = all(from -> client.newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(key)).sort(s -> s.elementInstanceKey().asc())
                .page(p -> p.from(from).limit(PAGE)).send().join());
        Map<String, Object> variables = rootVariables(key);
        Object businessKey = variables.get(ZeebeWorkflow.BUSINESS_KEY);
        List<Incident> incidents = all(from -> client.newIncidentSearchRequest()
                .filter(f -> f.processInstanceKey(key).state(io.camunda.client.api.search.enums.IncidentState.ACTIVE))
                .page(p -> p.from(from).limit(PAGE)).send().join()).stream().map(ClusterReads::incident).toList();
        return new ProcessInstance(key, pi.getProcessDefinitionId(), pi.getProcessDefinitionVersion(),
                pi.getProcessDefinitionKey(), businessKey instanceof String s ? s : null, state(pi.getState(),
                        Boolean.TRUE.equals(pi.getHasIncident()) || !incidents.isEmpty()),
                pi.getParentProcessInstanceKey(), instant(pi.getStartDate()), instant(pi.getEndDate()),
                elements.stream().filter(e -> e.getState() == ElementInstanceState.ACTIVE)
                        .map(e -> new ActiveElement(e.getElementInstanceKey(), e.getElementId(), e.getType().name(),
                                e.getState().name())).toList(),
                variables, incidents, history(pi, elements));
    }

    private static ProcessInstance.InstanceState state(ProcessInstanceState state, boolean incident) {
        return switch (state) {
            case COMPLETED -> ProcessInstance.InstanceState.COMPLETED;
            case TERMINATED -> ProcessInstance.InstanceState.CANCELED;
            default -> incident ? ProcessInstance.InstanceState.INCIDENT : ProcessInstance.InstanceState.ACTIVE;
        };
    }

    /** Each element instance as ACTIVATED and, once ended, COMPLETED or TERMINATED; the process itself first. */
    private static List<HistoryEvent> history(io.camunda.client.api.search.response.ProcessInstance pi,
            List<ElementInstance> elements) {
        List<HistoryEvent> events = new ArrayList<>();
        long key = pi.getProcessInstanceKey();
        String id = pi.getProcessDefinitionId();
        events.add(new HistoryEvent(key, id, "PROCESS", "ACTIVATED", instant(pi.getStartDate())));
        for (ElementInstance e : elements) {
            events.add(new HistoryEvent(e.getElementInstanceKey(), e.getElementId(), e.getType().name(), "ACTIVATED",
                    instant(e.getStartDate())));
            if (e.getState() != ElementInstanceState.ACTIVE && e.getEndDate() != null) {
                events.add(new HistoryEvent(e.getElementInstanceKey(), e.getElementId(), e.getType().name(),
                        e.getState() == ElementInstanceState.TERMINATED ? "TERMINATED" : "COMPLETED",
                        instant(e.getEndDate())));
            }
        }
        if (pi.getEndDate() != null) {
            events.add(new HistoryEvent(key, id, "PROCESS",
                    pi.getState() == ProcessInstanceState.TERMINATED ? "TERMINATED" : "COMPLETED",
                    instant(pi.getEndDate())));
        }
        // stable: by time, then in the order the engine created the element instances
        events.sort(Comparator.comparing(HistoryEvent::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return events;
    }

    private Map<String, Object> rootVariables(long key) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Variable> variables = all(from -> client.newVariableSearchRequest().withFullValues()
                .filter(f -> f.processInstanceKey(key).scopeKey(key)).sort(s -> s.name().asc())
                .page(p -> p.from(from).limit(PAGE)).send().join());
        variables.forEach(v -> out.put(v.getName(), Json.read(v.getValue())));
        return out;
    }

    IncidentPage incidents(IncidentState state, int page, int size) {
        SearchResponse<io.camunda.client.api.search.response.Incident> result = Problems.call("Incidents", state,
                () -> client.newIncidentSearchRequest().filter(f -> {
                    if (state != null) {
                        f.state(state == IncidentState.OPEN ? io.camunda.client.api.search.enums.IncidentState.ACTIVE
                                : io.camunda.client.api.search.enums.IncidentState.RESOLVED);
                    }
                }).sort(s -> s.creationTime().desc()).page(p -> p.from(page * size).limit(size)).send().join());
        return new IncidentPage(result.items().stream().map(ClusterReads::incident).toList(), page, size,
                total(result));
    }

    Incident incident(long key) {
        return incident(Problems.call("Incident", key, () -> client.newIncidentGetRequest(key).send().join()));
    }

    static Incident incident(io.camunda.client.api.search.response.Incident i) {
        Long jobKey = i.getJobKey() == null || i.getJobKey() <= 0 ? null : i.getJobKey();
        return new Incident(i.getIncidentKey(), i.getProcessInstanceKey(), i.getProcessDefinitionId(),
                i.getElementInstanceKey(), i.getElementId(), jobKey, i.getErrorType() == null ? null
                        : i.getErrorType().name(), i.getErrorMessage(),
                i.getState() == io.camunda.client.api.search.enums.IncidentState.RESOLVED ? IncidentState.RESOLVED
                        : IncidentState.OPEN, instant(i.getCreationTime()), null);
    }

    /** Every item of a search, page by page (bounded: a runaway instance must not exhaust memory). */
    static <T> List<T> all(IntFunction<SearchResponse<T>> page) {
        List<T> out = new ArrayList<>();
        for (int from = 0; from < MAX_ITEMS; from += PAGE) {
            int offset = from;
            List<T> items = Problems.call("Search", "page from " + from, () -> page.apply(offset)).items();
            out.addAll(items);
            if (items.size() < PAGE) {
                break;
            }
        }
        return out;
    }

    static long total(SearchResponse<?> response) {
        return response.page() == null || response.page().totalItems() == null ? response.items().size()
                : response.page().totalItems();
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
