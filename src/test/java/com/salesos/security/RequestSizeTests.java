package com.salesos.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.salesos.ApiFixtures;
import com.salesos.SalesOsTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

/** Bodies above {@code salesos.http.max-body-size} get 413 problem+json and write nothing; bodies below are read. */
@SalesOsTest
class RequestSizeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Value("${salesos.http.max-body-size}")
    DataSize limit;

    String ops;

    @BeforeEach
    void signIn() {
        ops = ApiFixtures.user(users, null, Role.SALES_OPS);
    }

    @Test
    void bodyAboveTheLimitIs413AndCreatesNothing() throws Exception {
        String marker = ApiFixtures.unique("big");
        String body = account(marker, (int) limit.toBytes());
        mvc.perform(post("/api/v1/accounts").with(httpBasic(ops, ApiFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413));
        mvc.perform(get("/api/v1/accounts").param("q", marker).with(httpBasic(ops, ApiFixtures.PASSWORD)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void bodyAboveTheLimitIsRefusedBeforeSignIn() throws Exception {
        mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                .content(account("anon", (int) limit.toBytes()))).andExpect(status().isPayloadTooLarge());
    }

    @Test
    void bodyJustBelowTheLimitIsReadAndJudgedOnItsFields() throws Exception {
        mvc.perform(post("/api/v1/accounts").with(httpBasic(ops, ApiFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(account("small", (int) limit.toBytes() - 200)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    /** An account whose name makes the body about {@code size} bytes long. */
    private static String account(String marker, int size) {
        String prefix = "{\"type\": \"STAND\", \"name\": \"" + marker;
        String suffix = "\"}";
        return prefix + "x".repeat(Math.max(0, size - prefix.length() - suffix.length() + 1)) + suffix;
    }
}
