package com.salesos.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import com.salesos.SalesOsTest;
import com.salesos.security.ApiKeyService;
import com.salesos.security.Role;
import com.salesos.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SalesOsTest
class PlatformApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    ApiKeyService apiKeys;

    String username;

    @BeforeEach
    void user() {
        username = "ops-" + UUID.randomUUID();
        users.create(username, "secret", "Ops", Set.of(Role.SALES_OPS), null);
    }

    @Test
    void healthAnswersWithoutSignIn() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void restOfActuatorNeedsAdmin() throws Exception {
        mvc.perform(get("/actuator/metrics").with(httpBasic(username, "secret"))).andExpect(status().isForbidden());
    }

    @Test
    void apiWithoutCredentialsIsUnauthorizedProblem() throws Exception {
        mvc.perform(get("/api/v1/probe/1")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnavailableBackendIsA503ProblemNotA500() throws Exception {
        mvc.perform(get("/api/v1/probe/503").with(httpBasic(username, "secret")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The probe's backend is unavailable"));
    }

    @Test
    void wrongPasswordIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/probe/1").with(httpBasic(username, "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void apiKeySignsInAndUnknownKeyIsRefused() throws Exception {
        String key = apiKeys.issue("probe-" + UUID.randomUUID(), Set.of("crm"));
        mvc.perform(get("/api/v1/probe/1").header("X-API-Key", key)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/probe/1").header("X-API-Key", "sos_nope")).andExpect(status().isUnauthorized());
    }

    @Test
    void invalidBodyNamesEachField() throws Exception {
        mvc.perform(post("/api/v1/probe").with(httpBasic(username, "secret")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"\", \"count\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'count')]").exists());
    }

    @Test
    void wrongTypeNamesTheField() throws Exception {
        mvc.perform(post("/api/v1/probe").with(httpBasic(username, "secret")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"x\", \"count\": \"many\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("count"));
    }

    @Test
    void unknownIdIsNotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/probe/404").with(httpBasic(username, "secret"))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void sameIdempotencyKeyAndBodyReturnsFirstAnswerAndRunsOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = ProbeController.created.get();
        String body = "{\"name\": \"x\", \"count\": 2}";
        String first = mvc.perform(post("/api/v1/probe").with(httpBasic(username, "secret"))
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/probe").with(httpBasic(username, "secret")).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(header().string("Idempotency-Replayed", "true"))
                .andExpect(content().json(first, true));
        org.assertj.core.api.Assertions.assertThat(ProbeController.created.get()).isEqualTo(before + 1);

        mvc.perform(post("/api/v1/probe").with(httpBasic(username, "secret")).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"y\", \"count\": 2}"))
                .andExpect(status().isUnprocessableEntity());
    }
}
