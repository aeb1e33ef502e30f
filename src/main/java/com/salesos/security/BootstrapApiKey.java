package com.salesos.security;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Creates (or keeps) the admin-scoped key given in {@code SALESOS_BOOTSTRAP_API_KEY}, to wire in an automation system. */
@Component
class BootstrapApiKey {

    private static final Logger log = LoggerFactory.getLogger(BootstrapApiKey.class);

    private final ApiKeyService keys;
    private final String rawKey;

    BootstrapApiKey(ApiKeyService keys, @Value("${salesos.bootstrap-api-key:}") String rawKey) {
        this.keys = keys;
        this.rawKey = rawKey;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureKey() {
        if (rawKey == null || rawKey.isBlank()) {
            return;
        }
        keys.ensure("bootstrap", rawKey.strip(), Set.of(Actor.ADMIN_SCOPE));
        log.info("Bootstrap API key 'bootstrap' is active with scope admin");
    }
}
