package com.salesos.inbound;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;

import com.salesos.ApiFixtures;
import com.salesos.security.ApiKeyService;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Inbound calls as a machine client makes them: a JSON POST with an API key of the given scopes. */
final class InboundCalls {

    private InboundCalls() {
    }

    static String key(ApiKeyService keys, String... scopes) {
        return keys.issue(ApiFixtures.unique("sender-"), Set.of(scopes));
    }

    static MockHttpServletRequestBuilder send(String path, String apiKey, String body) {
        return post(path).header("X-API-Key", apiKey).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
