package com.salesos.integration.webhooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the webhook settings, the target policy and the secret cipher with its key. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebhookConfiguration.class);

    @Bean
    TargetPolicy webhookTargetPolicy(WebhookProperties properties) {
        return new TargetPolicy(properties.allowPrivateTargets());
    }

    @Bean
    SecretCipher webhookSecretCipher(WebhookProperties properties,
            @Value("${salesos.data-dir:./.salesos}") Path dataDir) {
        if (!properties.secretKey().isBlank()) {
            return new SecretCipher(Base64.getDecoder().decode(properties.secretKey().strip()));
        }
        return new SecretCipher(localKey(dataDir.resolve("webhook-secret.key")));
    }

    /** A key kept next to the embedded data: enough for one node; several nodes must share a configured key. */
    private static byte[] localKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException raced) {
                // another node on the same folder wrote it first: use theirs
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the folder's own permissions have to do
            }
            log.warn("No salesos.webhooks.secret-key configured: generated one in {}", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the webhook secret key " + file, e);
        }
    }
}
