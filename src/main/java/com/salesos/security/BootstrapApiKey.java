package com.salesos.security;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** Creates (or keeps) the admin-scoped key given in {@code SALESOS_BOOTSTRAP_API_KEY}, to wire in an automation system. */
@Component
class BootstrapApiKey {

    private static final Logger log = LoggerFactory.getLogger(BootstrapApiKey.class);

    private final ApiKeyService keys;
    private final String name;
    private final String rawKey;

    @Autowired
    BootstrapApiKey(ApiKeyService keys, @Value("${salesos.bootstrap-api-key:}") String rawKey) {
        this(keys, "bootstrap", rawKey);
    }

    BootstrapApiKey(ApiKeyService keys, String name, String rawKey) {
        this.keys = keys;
        this.name = name;
        this.rawKey = rawKey;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureKey() {
        if (rawKey == null || rawKey.isBlank()) {
            return;
        }
        try {
            keys.ensure(name, rawKey.strip(), Set.of(Actor.ADMIN_SCOPE));
        } catch (DataIntegrityViolationException anotherNodeMadeIt) {
            // nodes started together on one database both found no key and both inserted it: the other one's insert
            // has committed by now, so looking again finds it (and rotates it only if it differs)
            keys.ensure(name, rawKey.strip(), Set.of(Actor.ADMIN_SCOPE));
        }
        log.info("Bootstrap API key '{}' is active with scope admin", name);
    }
}
