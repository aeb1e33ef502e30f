package com.salesos.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.salesos.ApiFixtures;
import com.salesos.SalesFixtures;
import com.salesos.SalesOsTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Filter parameters carrying SQL fragments are searched for as plain text: they find nothing they should not. */
@SalesOsTest
class FilterInjectionTests {

    static final List<String> FRAGMENTS = List.of("' or 1=1 --", "' OR '1'='1", "%' or '%'='", "'; drop table account; --",
            "') union select username, password_hash from app_user --", "\\' or 1=1 #", "1' and sleep(5) --", "%", "_");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    SalesFixtures fixtures;

    String ops;

    @BeforeEach
    void signIn() {
        ops = ApiFixtures.user(users, null, Role.SALES_OPS);
    }

    private RequestPostProcessor asOps() {
        return user(users.loadUserByUsername(ops));
    }

    @Test
    void sqlFragmentsInSearchTextMatchNothingButTheirOwnLiteralText() throws Exception {
        String marker = ApiFixtures.unique("inj");
        String literal = marker + " O'Brien' or 1=1 --";
        mvc.perform(post("/api/v1/accounts").with(asOps()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"" + literal + "\", \"type\": \"STAND\"}")).andExpect(status().isCreated());
        for (String path : List.of("/api/v1/accounts", "/api/v1/products", "/api/v1/sales-reps/list", "/api/v1/leads",
                "/api/v1/deals")) {
            for (String fragment : FRAGMENTS) {
                // the marker makes the text unique: no record holds it, whatever the fragment would do as SQL
                mvc.perform(get(path).param("q", marker + fragment).with(asOps()))
                        .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
            }
        }
        mvc.perform(get("/api/v1/accounts").param("q", literal).with(asOps()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value(literal));
        // the table is still there and the wildcard-only search is text too
        mvc.perform(get("/api/v1/accounts").param("q", marker).with(asOps()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void sqlFragmentsInOtherTextFiltersFindNothing() throws Exception {
        String marker = ApiFixtures.unique("inj");
        for (String fragment : FRAGMENTS) {
            String value = marker + fragment;
            mvc.perform(get("/api/v1/products").param("category", value).with(asOps()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
            mvc.perform(get("/api/v1/integrations/competitor-intel").param("competitor", value)
                    .with(asOps())).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
            mvc.perform(get("/api/v1/insights").param("type", value).param("subjectType", value).param("subjectId", value)
                    .with(asOps())).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
            mvc.perform(get("/api/v1/tasks").param("assignee", value).param("candidateGroup", value)
                    .with(asOps())).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        }
    }

    @Test
    void aRepsSearchWithSqlFragmentsStaysWithinWhatTheRepMaySee() throws Exception {
        SalesFixtures.Team team = fixtures.team();
        // the outsider has no deals: a fragment that broke out of the search would show other reps' deals
        for (String fragment : FRAGMENTS) {
            mvc.perform(get("/api/v1/deals").param("q", fragment).with(user(users.loadUserByUsername(team.outsider()))))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
            mvc.perform(get("/api/v1/quotes").param("status", fragment).with(user(users.loadUserByUsername(team.outsider()))))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        }
    }
}
