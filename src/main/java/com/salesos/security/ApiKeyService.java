package com.salesos.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import com.salesos.platform.InvalidFieldException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and checks API keys for machine clients. Keys are random (256 bits) and kept only as SHA-256 hashes:
 * a slow password hash buys nothing for keys of that entropy and would cost every request.
 */
@Service
public class ApiKeyService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeys keys;
    private final Clock clock;

    ApiKeyService(ApiKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * Issues a new key and returns it in clear; this is the only time it can be read.
     *
     * @throws InvalidFieldException naming {@code name} when a key of that name exists
     */
    @Transactional
    public String issue(String name, Set<String> scopes) {
        if (keys.findByName(name).isPresent()) {
            throw new InvalidFieldException("name", "an API key with this name exists");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String raw = "sos_" + HexFormat.of().formatHex(secret);
        keys.save(new ApiKey(name, hash(raw), scopes, clock.instant()));
        return raw;
    }

    /** Makes sure a key with this name and clear value exists (start-up bootstrap); changes nothing when it does. */
    @Transactional
    public void ensure(String name, String rawKey, Set<String> scopes) {
        String hash = hash(rawKey);
        Optional<ApiKey> existing = keys.findByName(name);
        if (existing.isEmpty()) {
            keys.save(new ApiKey(name, hash, scopes, clock.instant()));
        } else if (!existing.get().getKeyHash().equals(hash) || !existing.get().active()) {
            existing.get().rotate(hash, scopes);
        }
    }

    @Transactional
    public void revoke(String name) {
        keys.findByName(name).ifPresent(k -> k.revoke(clock.instant()));
    }

    @Transactional(readOnly = true)
    Optional<Actor> authenticate(String rawKey) {
        return keys.findByKeyHash(hash(rawKey)).filter(ApiKey::active).map(ApiKey::toActor);
    }

    static String hash(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
