package com.salesos;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Process scenarios as people see them through the REST API: a person's open tasks, a task's completion, and an
 * instance as sales ops read it. Waits are conditions with a timeout (the job executor works in the background).
 */
public final class ProcessApi {

    public static final Duration WAIT = Duration.ofSeconds(30);

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final String password;

    public ProcessApi(MockMvc mvc, ObjectMapper json, String password) {
        this.mvc = mvc;
        this.json = json;
        this.password = password;
    }

    /** The open tasks of the instance that {@code user} sees in their task list. */
    public List<JsonNode> openTasks(String user, long processInstanceKey) throws Exception {
        String body = mvc.perform(get("/api/v1/tasks").param("processInstanceKey", String.valueOf(processInstanceKey))
                .param("size", "100").with(httpBasic(user, password))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        List<JsonNode> tasks = new ArrayList<>();
        json.readTree(body).get("items").forEach(tasks::add);
        return tasks;
    }

    /** Waits until {@code user} sees an open task of the element in the instance, and answers it. */
    public JsonNode awaitTask(String user, long processInstanceKey, String elementId) {
        return await().atMost(WAIT).until(() -> task(user, processInstanceKey, elementId), Optional::isPresent).get();
    }

    public Optional<JsonNode> task(String user, long processInstanceKey, String elementId) throws Exception {
        return openTasks(user, processInstanceKey).stream().filter(t -> elementId.equals(t.get("elementId").asText()))
                .findFirst();
    }

    public void complete(String user, JsonNode task, Map<String, Object> variables) throws Exception {
        mvc.perform(post("/api/v1/tasks/" + task.get("key").asLong() + "/complete").with(httpBasic(user, password))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("variables", variables))))
                .andExpect(status().isNoContent());
    }

    /** The instance (state, variables, history) as sales ops see it. */
    public JsonNode instance(String ops, long processInstanceKey) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/process-instances/" + processInstanceKey)
                .with(httpBasic(ops, password))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    /** Waits until the instance is in {@code state} (COMPLETED, ACTIVE, ...), and answers it. */
    public JsonNode awaitState(String ops, long processInstanceKey, String state) {
        return await().atMost(WAIT).until(() -> instance(ops, processInstanceKey),
                i -> state.equals(i.get("state").asText()));
    }

    /** Whether the instance's history shows the element completed. */
    public static boolean passed(JsonNode instance, String elementId) {
        for (JsonNode h : instance.get("history")) {
            if (elementId.equals(h.get("elementId").asText()) && "COMPLETED".equals(h.get("event").asText())) {
                return true;
            }
        }
        return false;
    }
}
