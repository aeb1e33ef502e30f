package com.salesos.workflow.zeebe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.salesos.workflow.TaskPage;
import com.salesos.workflow.TaskQuery;
import com.salesos.workflow.UserTask;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.filter.UserTaskFilter;

/**
 * User tasks through the cluster's user task search (its secondary storage, so a new task or a new assignee shows
 * a moment later), each with the variables visible to it.
 */
class ClusterTasks {

    private final CamundaClient client;

    ClusterTasks(CamundaClient client) {
        this.client = client;
    }

    UserTask get(long key) {
        return task(Problems.call("Task", key, () -> client.newUserTaskGetRequest(key).send().join()));
    }

    /**
     * One search for plain filters. "Visible to a person" is an OR over assignee, candidate user and candidate
     * groups, which the search cannot express: three searches, merged and paged here.
     */
    TaskPage search(TaskQuery query) {
        if (query.visibleTo() == null) {
            var result = Problems.call("Tasks", "search", () -> client.newUserTaskSearchRequest()
                    .filter(filters(query)).sort(s -> s.creationDate().asc())
                    .page(p -> p.from(query.page() * query.size()).limit(query.size())).send().join());
            return new TaskPage(result.items().stream().map(this::task).toList(), query.page(), query.size(),
                    ClusterReads.total(result));
        }
        int needed = (query.page() + 1) * query.size();
        Map<Long, io.camunda.client.api.search.response.UserTask> merged = new LinkedHashMap<>();
        List<Consumer<UserTaskFilter>> audiences = new ArrayList<>();
        audiences.add(f -> f.assignee(query.visibleTo()));
        audiences.add(f -> f.candidateUser(query.visibleTo()));
        if (query.visibleToGroups() != null && !query.visibleToGroups().isEmpty()) {
            audiences.add(f -> f.candidateGroup(g -> g.in(List.copyOf(query.visibleToGroups()))));
        }
        for (Consumer<UserTaskFilter> audience : audiences) {
            Problems.call("Tasks", "search", () -> client.newUserTaskSearchRequest()
                    .filter(filters(query).andThen(audience)).sort(s -> s.creationDate().asc())
                    .page(p -> p.from(0).limit(needed)).send().join()).items()
                    .forEach(t -> merged.putIfAbsent(t.getUserTaskKey(), t));
        }
        List<io.camunda.client.api.search.response.UserTask> sorted = merged.values().stream()
                .sorted(Comparator.comparing(io.camunda.client.api.search.response.UserTask::getCreationDate,
                        Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        List<UserTask> page = sorted.stream().skip((long) query.page() * query.size()).limit(query.size())
                .map(this::task).toList();
        return new TaskPage(page, query.page(), query.size(), sorted.size());
    }

    private static Consumer<UserTaskFilter> filters(TaskQuery query) {
        return f -> {
            if (query.assignee() != null) {
                f.assignee(query.assignee());
            }
            if (query.candidateGroup() != null) {
                f.candidateGroup(query.candidateGroup());
            }
            if (query.candidateUser() != null) {
                f.candidateUser(query.candidateUser());
            }
            if (query.processInstanceKey() != null) {
                f.processInstanceKey(query.processInstanceKey());
            }
            if (query.state() != null) {
                f.state(UserTaskState.valueOf(query.state().name()));
            }
        };
    }

    private UserTask task(io.camunda.client.api.search.response.UserTask t) {
        Map<String, Object> variables = new LinkedHashMap<>();
        ClusterReads.all(from -> client.newUserTaskVariableSearchRequest(t.getUserTaskKey()).withFullValues()
                .page(p -> p.from(from).limit(ClusterReads.PAGE)).send().join())
                .forEach(v -> variables.put(v.getName(), Json.read(v.getValue())));
        return new UserTask(t.getUserTaskKey(), t.getProcessInstanceKey(), t.getBpmnProcessId(),
                t.getElementInstanceKey(), t.getElementId(), t.getName(), t.getAssignee(),
                t.getCandidateGroups() == null ? List.of() : t.getCandidateGroups(),
                t.getCandidateUsers() == null ? List.of() : t.getCandidateUsers(), ClusterReads.instant(t.getDueDate()),
                ClusterReads.instant(t.getFollowUpDate()),
                t.getExternalFormReference() != null ? t.getExternalFormReference()
                        : t.getFormKey() == null ? null : String.valueOf(t.getFormKey()),
                t.getPriority(), state(t.getState()), ClusterReads.instant(t.getCreationDate()),
                ClusterReads.instant(t.getCompletionDate()), variables);
    }

    /** Transitional states (assigning, completing, ...) still count as an open task. */
    private static UserTask.TaskState state(UserTaskState state) {
        return state == UserTaskState.COMPLETED ? UserTask.TaskState.COMPLETED
                : state == UserTaskState.CANCELED ? UserTask.TaskState.CANCELED : UserTask.TaskState.CREATED;
    }

    static UserTask withAssignee(UserTask t, String assignee) {
        return new UserTask(t.key(), t.processInstanceKey(), t.bpmnProcessId(), t.elementInstanceKey(), t.elementId(),
                t.name(), assignee, t.candidateGroups(), t.candidateUsers(), t.dueDate(), t.followUpDate(),
                t.formKey(), t.priority(), t.state(), t.createdAt(), t.completedAt(), t.variables());
    }
}
