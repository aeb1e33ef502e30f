package com.salesos.integration.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;

/**
 * Sends one delivery: the event as a CloudEvents 1.0 structured JSON body, signed with the subscription's secret in
 * {@code X-SalesOS-Signature: sha256=<hex HMAC-SHA256 of the body>}. Redirects are not followed, so a receiver
 * cannot bounce a delivery onto an internal address.
 */
final class WebhookSender {

    static final String SIGNATURE_HEADER = "X-SalesOS-Signature";
    static final String DELIVERY_HEADER = "X-SalesOS-Delivery";

    /** The result of one attempt; {@code status} is null when no HTTP answer came. */
    record Outcome(boolean delivered, Integer status, String error) {
    }

    private final HttpClient http;
    private final Duration requestTimeout;
    private final URI source;
    private final ObjectMapper json;
    private final JsonFormat format = new JsonFormat();

    WebhookSender(Duration connectTimeout, Duration requestTimeout, URI source, ObjectMapper json) {
        // HTTP/1.1: a cleartext HTTP/2 upgrade on a POST with a body trips up some receivers
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = requestTimeout;
        this.source = source;
        this.json = json;
    }

    Outcome send(DueDelivery delivery, String secret) {
        byte[] body = body(delivery);
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url())).timeout(requestTimeout)
                .header("Content-Type", JsonFormat.CONTENT_TYPE + "; charset=utf-8")
                .header("User-Agent", "SalesOS-Webhooks/1")
                .header(SIGNATURE_HEADER, Signatures.header(secret, body))
                .header(DELIVERY_HEADER, delivery.id().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? new Outcome(true, status, null)
                    : new Outcome(false, status, "HTTP " + status);
        } catch (IOException e) {
            return new Outcome(false, null, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "interrupted while sending");
        }
    }

    byte[] body(DueDelivery delivery) {
        try {
            CloudEvent event = CloudEventBuilder.v1().withId(delivery.eventId().toString()).withSource(source)
                    .withType(delivery.type()).withSubject(delivery.subject())
                    .withTime(delivery.occurredAt().atOffset(ZoneOffset.UTC))
                    .withDataContentType("application/json")
                    .withData(JsonCloudEventData.wrap(json.readTree(delivery.data()))).build();
            return format.serialize(event);
        } catch (IOException e) {
            throw new IllegalStateException("stored event data of " + delivery.eventId() + " is not JSON", e);
        }
    }
}
