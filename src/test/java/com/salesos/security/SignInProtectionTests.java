package com.salesos.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.salesos.ApiFixtures;
import com.salesos.SalesOsTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** CSRF on the UI's forms, and the lock-out after repeated failed sign-ins (form and Basic). */
@SalesOsTest
class SignInProtectionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    String ops;

    @BeforeEach
    void signIn() {
        ops = ApiFixtures.user(users, null, Role.SALES_OPS);
    }

    @Test
    void uiFormsWithoutTheCsrfTokenAreForbidden() throws Exception {
        MockMultipartFile model = new MockMultipartFile("files", "x.bpmn", "application/xml",
                "<definitions/>".getBytes(StandardCharsets.UTF_8));
        var session = user(users.loadUserByUsername(ops));
        mvc.perform(multipart("/ops/models").file(model).with(session)).andExpect(status().isForbidden());
        mvc.perform(post("/ops/incidents/4242/retry").with(session)).andExpect(status().isForbidden());
        mvc.perform(post("/ops/incidents/4242/retry").with(session).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        // with the token the same call gets past CSRF (and finds no such incident)
        int withToken = mvc.perform(post("/ops/incidents/4242/retry").with(session).with(csrf())).andReturn()
                .getResponse().getStatus();
        assertThat(withToken).isNotEqualTo(403);
        mvc.perform(post("/logout").with(session)).andExpect(status().isForbidden());
    }

    @Test
    void signInFormWithoutTheCsrfTokenSignsNobodyIn() throws Exception {
        mvc.perform(post("/login").param("username", ops).param("password", ApiFixtures.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", ops).param("password", ApiFixtures.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void fiveWrongBasicPasswordsLockTheNameFromThatAddressOnly() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/products").with(httpBasic(ops, "wrong-" + i))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/products").with(httpBasic(ops, ApiFixtures.PASSWORD)))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // the owner signing in from elsewhere is not locked out
        mvc.perform(get("/api/v1/products").with(httpBasic(ops, ApiFixtures.PASSWORD)).with(from("10.20.30.40")))
                .andExpect(status().isOk());
    }

    @Test
    void fiveWrongFormPasswordsLockTheFormToo() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", ops).param("password", "wrong").with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", ops).param("password", ApiFixtures.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/v1/products").with(httpBasic(ops, ApiFixtures.PASSWORD)))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void aRightPasswordBeforeTheLimitClearsTheCount() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/api/v1/products").with(httpBasic(ops, "wrong"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/products").with(httpBasic(ops, ApiFixtures.PASSWORD))).andExpect(status().isOk());
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/api/v1/products").with(httpBasic(ops, "wrong"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/products").with(httpBasic(ops, ApiFixtures.PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void aLockEndsAfterItsDurationAndUnknownNamesCountLikeKnownOnes() {
        MutableClock clock = new MutableClock(Instant.parse("2030-01-01T08:00:00Z"));
        SignInLockout lockout = new SignInLockout(jdbc, clock, 3, Duration.ofMinutes(15));
        String name = ApiFixtures.unique("nobody-");
        for (int i = 0; i < 3; i++) {
            assertThat(lockout.lockedUntil(name, "192.0.2.1")).isEmpty();
            lockout.failed(name, "192.0.2.1");
        }
        assertThat(lockout.lockedUntil(name, "192.0.2.1")).contains(Instant.parse("2030-01-01T08:15:00Z"));
        assertThat(lockout.lockedUntil(name.toUpperCase(), "192.0.2.1")).isPresent();
        assertThat(lockout.lockedUntil(name, "192.0.2.2")).isEmpty();
        clock.now = Instant.parse("2030-01-01T08:15:01Z");
        assertThat(lockout.lockedUntil(name, "192.0.2.1")).isEmpty();
        // failures spread wider than the window never add up to a lock
        String slow = ApiFixtures.unique("slow-");
        for (int i = 0; i < 6; i++) {
            lockout.failed(slow, "192.0.2.1");
            clock.now = clock.now.plus(Duration.ofMinutes(8));
        }
        assertThat(lockout.lockedUntil(slow, "192.0.2.1")).isEmpty();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
