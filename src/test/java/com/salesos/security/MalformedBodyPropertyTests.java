package com.salesos.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.reflect.Type;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.ApiFixtures;
import com.salesos.SalesFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountTier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Generated hostile bodies against every JSON POST endpoint the application maps: never a 5xx, a refusal is
 * problem+json (a 400 names the fields), and a refused call writes nothing. The bodies come from {@link Gen}
 * generators seeded with {@link #SEED} (default {@value #DEFAULT_SEED}; {@code -Dsalesos.property.seed=...} to
 * change or replay it); try n of a run depends only on the seed and n, and a failure names both.
 */
@SalesOsTest
class MalformedBodyPropertyTests {

    /** Tables that only API calls insert into: a refused call must leave their row counts as they were. */
    static final List<String> WRITTEN_BY_CALLS = List.of("sales_territory", "sales_rep", "sales_rep_territory_assignment",
            "account", "product", "price_list_entry", "stock_level", "app_user", "api_key", "sales_route_plan",
            "sales_route_stop", "sales_visit", "sales_visit_note", "lead", "deal", "sales_quote", "sales_quote_item",
            "webhook_subscription", "inbound_event", "competitor_observation", "import_job", "idempotency_record");

    static final long DEFAULT_SEED = 20_251_126L;
    static final long SEED = Long.getLong("salesos.property.seed", DEFAULT_SEED);

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
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private static Fixture fixture;

    /** One caller allowed everywhere (an admin) and records whose ids the bodies may name. */
    record Fixture(String admin, UserDetails details, List<UUID> ids, List<String> codes) {
    }

    /** A call: one JSON POST endpoint and a generated body. */
    record Call(Endpoint endpoint, String body) {
        @Override
        public String toString() {
            return endpoint.key() + " " + (body.length() > 600 ? body.substring(0, 600) + "… (" + body.length()
                    + " chars)" : body);
        }
    }

    @BeforeEach
    void fixture() {
        synchronized (MalformedBodyPropertyTests.class) {
            if (fixture == null) {
                SalesFixtures.Team team = fixtures.team();
                UUID account = fixtures.account(AccountTier.STANDARD);
                String sku = fixtures.product("Water", "2.50", null, 100);
                String admin = ApiFixtures.user(users, null, Role.ADMIN);
                fixture = new Fixture(admin, users.loadUserByUsername(admin),
                        List.of(team.repId(), team.managerId(), account), List.of(sku));
            }
        }
    }

    @Test
    void hostileBodiesAreRefusedCleanlyAndWriteNothing() {
        forAll(500, calls());
    }

    @Test
    void bodiesThatAreNotJsonAreRefusedCleanly() {
        forAll(150, rawCalls());
    }

    /** Checks {@code tries} generated calls; try n draws from the n-th split of a random seeded with the seed. */
    private void forAll(int tries, Gen<Call> calls) {
        SplittableRandom seeded = new SplittableRandom(SEED);
        for (int n = 1; n <= tries; n++) {
            SplittableRandom random = seeded.split();
            Call call = calls.next(random);
            try {
                checkRefusedCleanly(call);
            } catch (AssertionError | Exception e) {
                throw new AssertionError("try " + n + " of " + tries + " failed with seed " + SEED
                        + " (replay: -Dsalesos.property.seed=" + SEED + "): " + call + "\n" + e.getMessage(), e);
            }
        }
    }

    private void checkRefusedCleanly(Call call) throws Exception {
        long rowsBefore = rows();
        long activityBefore = activityOf(fixture.admin());
        MockHttpServletResponse response = mvc.perform(post(call.endpoint().samplePath()).with(user(fixture.details()))
                .contentType(MediaType.APPLICATION_JSON).content(call.body())).andReturn().getResponse();
        int status = response.getStatus();
        assertThat(status).as("status of %s: %s", call, response.getContentAsString()).isLessThan(500);
        if (status >= 400) {
            assertThat(response.getContentType()).as("content type of %s", call)
                    .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(rows()).as("rows after the refused %s", call).isEqualTo(rowsBefore);
            assertThat(activityOf(fixture.admin())).as("activity after the refused %s", call).isEqualTo(activityBefore);
        }
        if (status == 400) {
            JsonNode errors = json.readTree(response.getContentAsString()).path("errors");
            assertThat(errors.isArray() && !errors.isEmpty()).as("a 400 for %s names its fields: %s", call,
                    response.getContentAsString()).isTrue();
            errors.forEach(e -> assertThat(e.path("field").asText()).as("field of %s", call).isNotBlank());
        }
    }

    private Gen<Call> calls() {
        Bodies bodies = new Bodies(fixture.ids(), fixture.codes());
        return Gen.of(jsonPosts(mapping))
                .flatMap(endpoint -> bodies.of(bodyType(endpoint)).map(body -> new Call(endpoint, write(body))));
    }

    private Gen<Call> rawCalls() {
        Gen<String> raw = Gen.oneOf(
                Gen.anyStrings(200),
                Gen.of("{", "{\"a\":", "[1,2", "{\"name\": \"x\"", "null", "\"\"", "{}}", "{\"a\":1,}",
                        "<?xml version=\"1.0\"?><a/>", "' or 1=1 --", "{\"__proto__\": {\"admin\": true}}"),
                Gen.between(100, 5_000).map(n -> "[".repeat(n) + "]".repeat(n)),
                Gen.between(100, 5_000).map(n -> "{\"a\":".repeat(n) + "1" + "}".repeat(n)),
                Gen.between(1, 40).map(n -> "1" + "0".repeat(n * 10)));
        return Gen.of(jsonPosts(mapping)).flatMap(endpoint -> raw.map(body -> new Call(endpoint, body)));
    }

    /** The REST endpoints that take a JSON body (multipart uploads and UI forms have their own tests). */
    static List<Endpoint> jsonPosts(RequestMappingHandlerMapping mapping) {
        return Endpoint.all(mapping).stream().filter(e -> e.method().equals("POST") && e.rest() && !e.multipart()
                && e.path().startsWith("/api/")).toList();
    }

    static Type bodyType(Endpoint endpoint) {
        for (var parameter : endpoint.handler().getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter.getGenericParameterType();
            }
        }
        return null;
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long rows() {
        String sql = String.join(" + ", WRITTEN_BY_CALLS.stream().map(t -> "(select count(*) from " + t + ")").toList());
        return jdbc.queryForObject("select " + sql, Long.class);
    }

    private long activityOf(String actor) {
        return jdbc.queryForObject("select count(*) from activity_log where actor = ?", Long.class, actor);
    }
}
