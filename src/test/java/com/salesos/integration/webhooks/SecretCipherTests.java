package com.salesos.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class SecretCipherTests {

    private final SecretCipher cipher = new SecretCipher(new byte[32]);

    @Test
    void readsBackWhatItSealedForTheSameSubscription() {
        UUID id = UUID.randomUUID();
        String sealed = cipher.encrypt(id, "receiver-secret-123");
        assertThat(sealed).startsWith("v1:").doesNotContain("receiver-secret-123");
        assertThat(cipher.decrypt(id, sealed)).isEqualTo("receiver-secret-123");
        assertThat(cipher.encrypt(id, "receiver-secret-123")).isNotEqualTo(sealed);
    }

    @Test
    void refusesASecretCopiedToAnotherSubscriptionOrReadWithAnotherKey() {
        String sealed = cipher.encrypt(UUID.randomUUID(), "receiver-secret-123");
        assertThatThrownBy(() -> cipher.decrypt(UUID.randomUUID(), sealed)).isInstanceOf(IllegalStateException.class);
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        UUID id = UUID.randomUUID();
        String mine = cipher.encrypt(id, "receiver-secret-123");
        assertThatThrownBy(() -> new SecretCipher(otherKey).decrypt(id, mine))
                .isInstanceOf(IllegalStateException.class);
    }
}
