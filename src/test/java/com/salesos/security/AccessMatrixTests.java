package com.salesos.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.salesos.ApiFixtures;
import com.salesos.SalesFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountTier;
import com.salesos.orders.OrderService;
import com.salesos.quotes.QuoteView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every mapped endpoint against the access matrix ({@code security/access-matrix.md}): an endpoint without a row
 * fails the build, and each kind of caller is let through exactly where the matrix says so.
 */
@SalesOsTest
class AccessMatrixTests {

    /** A scope no endpoint asks for: the key "without the scope". */
    static final String UNRELATED_SCOPE = "unrelated";

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;
    @Autowired
    SalesFixtures fixtures;
    @Autowired
    UserService users;
    @Autowired
    ApiKeyService apiKeys;
    @Autowired
    OrderService orders;

    @Test
    void everyMappedEndpointHasARuleInTheMatrix() {
        AccessMatrix matrix = AccessMatrix.load();
        List<Endpoint> endpoints = Endpoint.all(mapping);
        List<String> missing = endpoints.stream().filter(e -> !matrix.rules().containsKey(e.key()))
                .map(e -> "| " + e.method() + " | `" + e.path() + "` | ? | ? | ? | ? | ? | ? | ? |").toList();
        Set<String> mapped = endpoints.stream().map(Endpoint::key).collect(Collectors.toSet());
        List<String> stale = matrix.rules().keySet().stream().filter(k -> !mapped.contains(k)).toList();
        assertThat(missing).as("endpoints without a rule in %s", AccessMatrix.RESOURCE).isEmpty();
        assertThat(stale).as("rules in %s for endpoints nobody maps", AccessMatrix.RESOURCE).isEmpty();
        assertThat(endpoints).hasSizeGreaterThan(50);
    }

    @Test
    void everyCallerGetsThroughExactlyWhereTheMatrixSays() throws Exception {
        AccessMatrix matrix = AccessMatrix.load();
        SalesFixtures.Team team = fixtures.team();
        String admin = ApiFixtures.user(users, null, Role.ADMIN);
        Map<String, String> keysByScope = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.all(mapping)) {
            AccessMatrix.Rule rule = matrix.rules().get(endpoint.key());
            if (rule == null || endpoint.path().equals("/error")) {
                // without a rule: reported by everyMappedEndpointHasARuleInTheMatrix; /error renders the status
                // of a failed request and answers 500 when called directly
                continue;
            }
            Map<String, Boolean> expected = new LinkedHashMap<>();
            Map<String, UnaryOperator<MockHttpServletRequestBuilder>> callers = new LinkedHashMap<>();
            callers.put("anonymous", r -> r);
            expected.put("anonymous", rule.anonymous());
            callers.put("rep", person(team.rep()));
            expected.put("rep", rule.rep());
            callers.put("another rep", person(team.outsider()));
            expected.put("another rep", rule.anotherRepPasses());
            callers.put("manager", person(team.manager()));
            expected.put("manager", rule.manager());
            callers.put("sales ops", person(team.ops()));
            expected.put("sales ops", rule.salesOps());
            callers.put("admin", person(admin));
            expected.put("admin", rule.admin());
            String scope = rule.keyWithScope() && !rule.keyWithoutScope() ? rule.keyScope() : UNRELATED_SCOPE;
            String withScope = keysByScope.computeIfAbsent(scope, this::issueKey);
            callers.put("key with scope " + scope, r -> r.header("X-API-Key", withScope));
            expected.put("key with scope " + scope, rule.keyWithScope());
            String without = keysByScope.computeIfAbsent(UNRELATED_SCOPE, this::issueKey);
            callers.put("key without the scope", r -> r.header("X-API-Key", without));
            expected.put("key without the scope", rule.keyWithoutScope());
            for (var caller : callers.entrySet()) {
                MockHttpServletResponse response = mvc.perform(caller.getValue().apply(probe(endpoint)))
                        .andReturn().getResponse();
                Boolean passed = passed(response);
                if (passed == null) {
                    wrong.add(endpoint.key() + " as " + caller.getKey() + ": " + response.getStatus() + " "
                            + response.getContentAsString());
                } else if (passed != expected.get(caller.getKey())) {
                    wrong.add(endpoint.key() + " as " + caller.getKey() + ": expected "
                            + (expected.get(caller.getKey()) ? "through" : "refused") + ", got " + response.getStatus());
                }
            }
        }
        assertThat(wrong).as("calls that disagree with the matrix").isEmpty();
    }

    @Test
    void anotherRepIsRefusedTheRepsQuotesOrdersAndVisitsAndDoesNotFindThemInLists() throws Exception {
        SalesFixtures.Team team = fixtures.team();
        UUID account = fixtures.account(AccountTier.STANDARD);
        String sku = fixtures.product("Water", "2.50", null, 100);
        QuoteView quote = SalesFixtures.asOps(() -> fixtures.acceptedQuote(team.repId(), account, sku, 2));
        UUID order = SalesFixtures.asOps(() -> orders.createFromQuote(quote.id())).id();
        String visitBody = "{\"repId\": \"%s\", \"accountId\": \"%s\", \"startedAt\": \"2025-03-04T10:00:00Z\","
                + " \"outcome\": \"INTERESTED\"}";
        String visit = SalesFixtures.id(mvc.perform(person(team.rep()).apply(post("/api/v1/sales-reps/visit")
                .contentType(MediaType.APPLICATION_JSON).content(visitBody.formatted(team.repId(), account))))
                .andExpect(status().isCreated()));
        Map<String, String> records = Map.of("/api/v1/quotes", quote.id().toString(), "/api/v1/orders",
                order.toString(), "/api/v1/visits", visit);
        AccessMatrix matrix = AccessMatrix.load();
        for (var record : records.entrySet()) {
            String list = record.getKey();
            String one = list + "/" + record.getValue();
            assertThat(matrix.rules().get("GET " + list + "/{id}").anotherRep()).isEqualTo("own");
            assertThat(matrix.rules().get("GET " + list).anotherRep()).isEqualTo("own");
            for (String owner : List.of(team.rep(), team.manager(), team.ops())) {
                mvc.perform(person(owner).apply(get(one))).andExpect(status().isOk())
                        .andExpect(jsonPath("$.id").value(record.getValue()));
                mvc.perform(person(owner).apply(get(list).param("size", "100").param("repId", team.repId().toString())))
                        .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", hasItem(record.getValue())));
            }
            for (String stranger : List.of(team.outsider(), team.teammate())) {
                int status = mvc.perform(person(stranger).apply(get(one))).andReturn().getResponse().getStatus();
                assertThat(status).as("%s as another rep", one).isIn(403, 404);
                mvc.perform(person(stranger).apply(get(list).param("size", "100")))
                        .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", not(hasItem(record.getValue()))));
            }
        }
    }

    private String issueKey(String scope) {
        return apiKeys.issue(ApiFixtures.unique("matrix-" + scope + "-"), Set.of(scope));
    }

    private UnaryOperator<MockHttpServletRequestBuilder> person(String username) {
        var details = users.loadUserByUsername(username);
        return r -> r.with(user(details));
    }

    /** A call that names no existing record, with an empty body: it cannot change anything when let through. */
    static MockHttpServletRequestBuilder probe(Endpoint endpoint) {
        String path = endpoint.samplePath();
        String method = endpoint.method().equals("ANY") ? "GET" : endpoint.method();
        MockHttpServletRequestBuilder request;
        if (endpoint.multipart()) {
            request = multipart(HttpMethod.valueOf(method), path);
        } else {
            request = request(HttpMethod.valueOf(method), path);
            if (!method.equals("GET") && !method.equals("DELETE") && !method.equals("HEAD")) {
                request = endpoint.rest() ? request.contentType(MediaType.APPLICATION_JSON).content("{}")
                        : request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
            }
        }
        return endpoint.rest() ? request : request.with(csrf());
    }

    /** True when the call got through the door, false when refused, null for a server error. */
    static Boolean passed(MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status >= 500) {
            return null;
        }
        String location = response.getHeader("Location");
        boolean toSignIn = status == 302 && location != null && location.contains("/login");
        return !(status == 401 || status == 403 || toSignIn);
    }
}
