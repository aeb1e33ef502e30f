package com.salesos.pipeline;

import static com.salesos.FieldFixtures.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.salesos.FieldFixtures;
import com.salesos.SalesOsTest;
import com.salesos.reps.RepService;
import com.salesos.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SalesOsTest
class LeadApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RepService reps;
    @Autowired
    UserService users;

    FieldFixtures.Team team;

    @BeforeEach
    void team() {
        team = FieldFixtures.team(reps, users, FieldFixtures.somewhere());
    }

    @Test
    void aRepRecordsALeadAssignedToThemselvesAndQualifiesIt() throws Exception {
        String company = "Kiosk " + UUID.randomUUID();
        String id = FieldFixtures.id(create(team.rep(), """
                {"source": "WEB", "externalId": "%s", "contactName": "Eva Roth", "company": "%s", "score": 70}
                """.formatted(UUID.randomUUID(), company)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("NEW"))
                .andExpect(jsonPath("$.assignedRepId").value(team.repId().toString())));
        move(team.rep(), id, "{\"status\": \"CONTACTED\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONTACTED"));
        move(team.rep(), id, "{\"status\": \"QUALIFIED\"}").andExpect(jsonPath("$.status").value("QUALIFIED"));
        mvc.perform(get("/api/v1/leads").param("q", company).param("status", "QUALIFIED")
                .with(httpBasic(team.rep(), PASSWORD))).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));
    }

    @Test
    void refusesIllegalTransitionsWithConflictAndDisqualifyingWithoutReason() throws Exception {
        String id = FieldFixtures.id(create(team.rep(), "{\"source\": \"EVENT\", \"contactName\": \"Max Kurz\"}"));
        move(team.rep(), id, "{\"status\": \"CONVERTED\"}").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        move(team.rep(), id, "{\"status\": \"DISQUALIFIED\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        move(team.rep(), id, "{\"status\": \"DISQUALIFIED\", \"reason\": \"no budget\"}")
                .andExpect(jsonPath("$.disqualifyReason").value("no budget"));
        move(team.rep(), id, "{\"status\": \"QUALIFIED\"}").andExpect(status().isConflict());
    }

    @Test
    void refusesInvalidInputNamingTheFieldAndASecondLeadWithTheSameExternalId() throws Exception {
        create(team.rep(), "{\"source\": \"WEB\", \"contactName\": \"\", \"email\": \"nope\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'contactName')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists());
        create(team.ops(), "{\"source\": \"WEB\", \"contactName\": \"A\", \"assignedRepId\": \"%s\"}"
                .formatted(UUID.randomUUID())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assignedRepId"));
        String external = UUID.randomUUID().toString();
        String body = "{\"source\": \"PARTNER\", \"externalId\": \"%s\", \"contactName\": \"B\"}".formatted(external);
        create(team.ops(), body).andExpect(status().isCreated());
        create(team.ops(), body).andExpect(status().isConflict());
    }

    @Test
    void answersNotFoundForAnUnknownLead() throws Exception {
        mvc.perform(get("/api/v1/leads/" + UUID.randomUUID()).with(httpBasic(team.ops(), PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void replaysARetryWithTheSameIdempotencyKey() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"source\": \"REFERRAL\", \"contactName\": \"Idem Potent\"}";
        String first = FieldFixtures.id(mvc.perform(post("/api/v1/leads").header("Idempotency-Key", key)
                .with(httpBasic(team.rep(), PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body)));
        mvc.perform(post("/api/v1/leads").header("Idempotency-Key", key).with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(jsonPath("$.id").value(first));
        mvc.perform(get("/api/v1/leads").param("q", "Idem Potent").param("repId", team.repId().toString())
                .with(httpBasic(team.rep(), PASSWORD))).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aRepSeesTheirLeadsAManagerTheTeamsAndUnassignedOnesOpsAll() throws Exception {
        String mine = FieldFixtures.id(create(team.rep(), "{\"source\": \"WEB\", \"contactName\": \"Mine\"}"));
        String unassigned = FieldFixtures.id(create(team.ops(), "{\"source\": \"WEB\", \"contactName\": \"Nobody's\"}"));
        create(team.peer(), "{\"source\": \"WEB\", \"contactName\": \"X\", \"assignedRepId\": \"%s\"}"
                .formatted(team.repId())).andExpect(status().isForbidden());
        for (String viewer : new String[] { team.rep(), team.manager(), team.ops() }) {
            mvc.perform(get("/api/v1/leads/" + mine).with(httpBasic(viewer, PASSWORD))).andExpect(status().isOk());
        }
        for (String stranger : new String[] { team.peer(), team.otherManager() }) {
            mvc.perform(get("/api/v1/leads/" + mine).with(httpBasic(stranger, PASSWORD)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/leads/" + unassigned).with(httpBasic(team.manager(), PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/leads/" + unassigned).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(status().isNotFound());
    }

    private ResultActions create(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/leads").with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions move(String user, String id, String body) throws Exception {
        return mvc.perform(post("/api/v1/leads/" + id + "/status").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
