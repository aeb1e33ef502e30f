package com.salesos.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import com.salesos.ApiFixtures;
import com.salesos.SalesOsTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Model uploads (the REST deploy endpoint and the workbench) refuse XML with external entities, entity expansion
 * bombs and external DTDs, and files above the upload limit, with a 4xx that deploys nothing.
 */
@SalesOsTest
class ModelUploadSecurityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;

    String ops;
    String id;

    @BeforeEach
    void setUp() {
        ops = ApiFixtures.user(users, null, Role.SALES_OPS);
        id = ApiFixtures.unique("evil_");
    }

    @Test
    void refusesAnEntityExpansionBombInABpmnModel() throws Exception {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE definitions [
                  <!ENTITY lol "lol">
                  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                ]>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
                  <process id="%s" isExecutable="true"><startEvent id="s" name="&lol9;"/></process>
                </definitions>
                """.formatted(id);
        api(file(id + ".bpmn", laughs)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("DOCTYPE")))
                .andExpect(content().string(not(containsString("lollollol"))));
        notDeployed();
    }

    @Test
    void refusesExternalEntitiesInADmnModel() throws Exception {
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="%s" name="x" namespace="x">
                  <decision id="%s" name="&secret;">
                    <literalExpression><text>1</text></literalExpression>
                  </decision>
                </definitions>
                """.formatted(id, id);
        api(file(id + ".dmn", xxe)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("DOCTYPE")));
        notDeployed();
    }

    @Test
    void refusesAnExternalDtdAndParameterEntities() throws Exception {
        String dtd = """
                <?xml version="1.0"?>
                <!DOCTYPE definitions SYSTEM "http://127.0.0.1:9/evil.dtd" [<!ENTITY %% remote SYSTEM "http://127.0.0.1:9/x"> %%remote;]>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
                  <process id="%s" isExecutable="true"><startEvent id="s"/></process>
                </definitions>
                """.formatted(id);
        api(file(id + ".bpmn", dtd)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("DOCTYPE")));
        notDeployed();
    }

    @Test
    void workbenchUploadRefusesTheBombToo() throws Exception {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE definitions [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
                  <process id="%s" isExecutable="true"><startEvent id="s" name="&b;"/></process>
                </definitions>
                """.formatted(id);
        mvc.perform(multipart("/ops/models").file(file(id + ".bpmn", bomb)).with(user(users.loadUserByUsername(ops)))
                .with(csrf())).andExpect(content().string(containsString("DOCTYPE")));
        notDeployed();
    }

    @Test
    void refusesAModelFileAboveTheUploadLimit() throws Exception {
        // a well-formed model padded with a comment to just above the 5 MB per-file limit
        String model = """
                <?xml version="1.0"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">
                  <!-- %s -->
                  <process id="%s" isExecutable="true"><startEvent id="s"/></process>
                </definitions>
                """.formatted("x".repeat(5 * 1024 * 1024), id);
        api(file(id + ".bpmn", model)).andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(multipart("/ops/models").file(file(id + ".bpmn", model)).with(user(users.loadUserByUsername(ops)))
                .with(csrf())).andExpect(status().isPayloadTooLarge());
        notDeployed();
    }

    private ResultActions api(MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/api/v1/models").file(file).with(httpBasic(ops, ApiFixtures.PASSWORD)));
    }

    private void notDeployed() throws Exception {
        mvc.perform(get("/api/v1/models").with(httpBasic(ops, ApiFixtures.PASSWORD))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(id))));
    }

    private static MockMultipartFile file(String name, String xml) {
        return new MockMultipartFile("files", name, "application/xml", xml.getBytes(StandardCharsets.UTF_8));
    }
}
