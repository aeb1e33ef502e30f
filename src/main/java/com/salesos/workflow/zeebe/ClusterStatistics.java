package com.salesos.workflow.zeebe;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.salesos.platform.InvalidFieldException;
import com.salesos.workflow.ElementDuration;
import com.salesos.workflow.ElementStatistics;
import com.salesos.workflow.InstancePage;
import com.salesos.workflow.InstanceQuery;
import com.salesos.workflow.InstanceSummary;
import com.salesos.workflow.ProcessInstance.InstanceState;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.SearchResponse;

/**
 * The sales-ops monitoring reads (instance search, tokens and incidents per element, time per element) through the
 * cluster's REST search and statistics API, i.e. its secondary storage, as Operate reads them.
 */
class ClusterStatistics {

    /** Element instances read per page for durations, and the most pages read (the newest 10,000 in the period). */
    static final int DURATION_PAGE = 1000;
    static final int DURATION_PAGES = 10;

    private final CamundaClient client;

    ClusterStatistics(CamundaClient client) {
        this.client = client;
    }

    /**
     * One process instance search, newest first; the business key (the root variable {@code businessKey}) is
     * matched as a prefix of its JSON text, and read for the page's instances with one variable search.
     */
    InstancePage instances(InstanceQuery q) {
        SearchResponse<ProcessInstance> result = Problems.call("Process", q.bpmnProcessId(), () -> client
                .newProcessInstanceSearchRequest().filter(f -> {
                    if (q.bpmnProcessId() != null) {
                        f.processDefinitionId(q.bpmnProcessId());
                    }
                    if (q.state() != null) {
                        switch (q.state()) {
                            case ACTIVE -> f.state(ProcessInstanceState.ACTIVE).hasIncident(false);
                            case INCIDENT -> f.state(ProcessInstanceState.ACTIVE).hasIncident(true);
                            case COMPLETED -> f.state(ProcessInstanceState.COMPLETED);
                            case CANCELED -> f.state(ProcessInstanceState.TERMINATED);
                        }
                    }
                    if (q.businessKey() != null) {
                        f.variables(List.of(v -> v.name(ZeebeWorkflow.BUSINESS_KEY)
                                .value(p -> p.like(prefixOfJsonString(q.businessKey())))));
                    }
                }).sort(s -> s.startDate().desc().processInstanceKey().desc())
                .page(p -> p.from(q.page() * q.size()).limit(q.size())).send().join());
        Map<Long, String> businessKeys = businessKeys(result.items().stream()
                .map(ProcessInstance::getProcessInstanceKey).toList());
        List<InstanceSummary> items = result.items().stream().map(pi -> new InstanceSummary(
                pi.getProcessInstanceKey(), pi.getProcessDefinitionId(), pi.getProcessDefinitionVersion(),
                pi.getProcessDefinitionKey(), businessKeys.get(pi.getProcessInstanceKey()), state(pi),
                ClusterReads.instant(pi.getStartDate()), ClusterReads.instant(pi.getEndDate()))).toList();
        return new InstancePage(items, q.page(), q.size(), ClusterReads.total(result));
    }

    /** A like pattern matching JSON strings that start with {@code prefix} (wildcards in it taken literally). */
    static String prefixOfJsonString(String prefix) {
        String json = Json.write(prefix);
        String open = json.substring(0, json.length() - 1);
        return open.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?") + "*";
    }

    private Map<Long, String> businessKeys(List<Long> instanceKeys) {
        Map<Long, String> out = new HashMap<>();
        if (instanceKeys.isEmpty()) {
            return out;
        }
        ClusterReads.all(from -> client.newVariableSearchRequest().withFullValues()
                .filter(f -> f.name(ZeebeWorkflow.BUSINESS_KEY).processInstanceKey(k -> k.in(instanceKeys)))
                .page(p -> p.from(from).limit(ClusterReads.PAGE)).send().join())
                .forEach(v -> {
                    // only the root variable is the business key; a local one of that name is something else
                    if (v.getScopeKey() != null && v.getScopeKey().equals(v.getProcessInstanceKey())
                            && Json.read(v.getValue()) instanceof String key) {
                        out.put(v.getProcessInstanceKey(), key);
                    }
                });
        return out;
    }

    private static InstanceState state(ProcessInstance pi) {
        return switch (pi.getState()) {
            case COMPLETED -> InstanceState.COMPLETED;
            case TERMINATED -> InstanceState.CANCELED;
            default -> Boolean.TRUE.equals(pi.getHasIncident()) ? InstanceState.INCIDENT : InstanceState.ACTIVE;
        };
    }

    /**
     * The cluster's element statistics of one process version. It counts an active element instance with an
     * incident under incidents and not under active (its aggregation filters active on "no incident"); the port
     * counts it as a token too, so tokens are active plus incidents.
     */
    List<ElementStatistics> elementStatistics(long processDefinitionKey) {
        return Problems.call("Process definition", processDefinitionKey, () -> client
                .newProcessDefinitionElementStatisticsRequest(processDefinitionKey).send().join()).stream()
                .map(s -> new ElementStatistics(s.getElementId(), count(s.getActive()) + count(s.getIncidents()),
                        count(s.getIncidents())))
                .filter(s -> s.activeTokens() > 0 || s.openIncidents() > 0).toList();
    }

    private static long count(Long value) {
        return value == null ? 0 : value;
    }

    /**
     * Average and p90 of end minus start per element, over the element instances of the process (all versions)
     * that ended in {@code [from, to)}: the newest {@value #DURATION_PAGES} pages of {@value #DURATION_PAGE}.
     */
    List<ElementDuration> elementDurations(String bpmnProcessId, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new InvalidFieldException("from", "must be before to");
        }
        Map<String, List<Long>> millis = new TreeMap<>();
        for (int page = 0; page < DURATION_PAGES; page++) {
            int offset = page * DURATION_PAGE;
            List<ElementInstance> items = Problems.call("Element instance search", bpmnProcessId, () -> client
                    .newElementInstanceSearchRequest()
                    .filter(f -> f.processDefinitionId(bpmnProcessId)
                            .endDate(d -> d.gte(from.atOffset(ZoneOffset.UTC)).lt(to.atOffset(ZoneOffset.UTC))))
                    .sort(s -> s.endDate().desc())
                    .page(p -> p.from(offset).limit(DURATION_PAGE)).send().join()).items();
            for (ElementInstance e : items) {
                if (e.getType() != ElementInstanceType.PROCESS && e.getStartDate() != null && e.getEndDate() != null) {
                    millis.computeIfAbsent(e.getElementId(), k -> new ArrayList<>())
                            .add(Duration.between(e.getStartDate(), e.getEndDate()).toMillis());
                }
            }
            if (items.size() < DURATION_PAGE) {
                break;
            }
        }
        List<ElementDuration> out = new ArrayList<>();
        millis.forEach((element, values) -> out.add(new ElementDuration(element, values.size(),
                Duration.ofMillis(Math.round(values.stream().mapToLong(Long::longValue).average().orElse(0))),
                Duration.ofMillis(Math.round(percentile(values, 0.9))))));
        return out;
    }

    /** The continuous percentile (linear interpolation), as PostgreSQL's percentile_cont on the embedded engine. */
    static double percentile(List<Long> values, double fraction) {
        List<Long> sorted = values.stream().sorted().toList();
        double rank = fraction * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below));
    }
}
