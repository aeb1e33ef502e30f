package com.salesos.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import com.salesos.SalesOsTest;
import com.salesos.security.Role;
import com.salesos.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A node that dies between a keyed request's commit and keeping its answer must not make a retry run it again. */
@SalesOsTest
class IdempotencyCrashTests {

    static final String PATH = "/api/v1/territories";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    String ops;
    String key;
    String code;
    String body;

    @BeforeEach
    void setUp() {
        ops = "ops-" + UUID.randomUUID();
        users.create(ops, "secret", "Ops", Set.of(Role.SALES_OPS), null);
        key = UUID.randomUUID().toString();
        code = "IDEM-" + UUID.randomUUID().toString().substring(0, 8);
        body = """
                {"code": "%s", "name": "Crash test", "postalCodes": ["P%s"]}""".formatted(code, code.substring(5));
    }

    @Test
    void marksTheClaimCarriedOutInTheRequestsOwnTransaction() throws Exception {
        send().andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("select effect_at is not null and completed_at is not null "
                + "from idempotency_record where principal = ? and idem_key = ?", Boolean.class, ops, key)).isTrue();
    }

    @Test
    void refusesToRunAgainARequestCarriedOutWhoseAnswerWasLost() throws Exception {
        send().andExpect(status().isCreated());
        // as if the node had died after the territory's commit and before keeping the answer, three minutes ago
        jdbc.update("update idempotency_record set completed_at = null, status = null, body = null, "
                + "started_at = now() - interval '3 minutes' where principal = ? and idem_key = ?", ops, key);

        send().andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Request carried out, answer lost"));
        assertThat(territories()).isEqualTo(1);
    }

    @Test
    void runsAgainAStaleClaimThatChangedNothing() throws Exception {
        // a node took the key three minutes ago and died before anything of the request committed
        jdbc.update("insert into idempotency_record (principal, idem_key, path, request_hash, started_at) "
                + "values (?, ?, ?, ?, now() - interval '3 minutes')", ops, key, PATH,
                IdempotencyFilter.hash("POST", PATH, null, body.getBytes(StandardCharsets.UTF_8)));

        send().andExpect(status().isCreated());
        assertThat(territories()).isEqualTo(1);
        send().andExpect(status().isCreated()).andExpect(header().string("Idempotency-Replayed", "true"));
        assertThat(territories()).isEqualTo(1);
    }

    @Test
    void forgetsAFailedCallThatChangedNothing() throws Exception {
        String bad = """
                {"code": "%s", "name": ""}""".formatted(code);
        mvc.perform(post(PATH).with(httpBasic(ops, "secret")).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(bad)).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from idempotency_record where principal = ? and idem_key = ?",
                Long.class, ops, key)).isZero();
    }

    private ResultActions send() throws Exception {
        return mvc.perform(post(PATH).with(httpBasic(ops, "secret")).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long territories() {
        return jdbc.queryForObject("select count(*) from sales_territory where code = ?", Long.class, code);
    }
}
