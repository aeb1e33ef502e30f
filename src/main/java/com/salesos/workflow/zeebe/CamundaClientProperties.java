package com.salesos.workflow.zeebe;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The cluster to talk to ({@code camunda.client.*}, the names of Camunda's own Spring starter). Commands go over
 * gRPC unless {@code prefer-rest-over-grpc}; searches (tasks, instances, incidents) always use the REST API.
 */
@ConfigurationProperties("camunda.client")
record CamundaClientProperties(URI restAddress, URI grpcAddress, Boolean preferRestOverGrpc, Duration requestTimeout,
        Auth auth, Worker worker) {

    CamundaClientProperties {
        restAddress = restAddress == null ? URI.create("http://localhost:8080") : restAddress;
        grpcAddress = grpcAddress == null ? URI.create("http://localhost:26500") : grpcAddress;
        preferRestOverGrpc = preferRestOverGrpc != null && preferRestOverGrpc;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        auth = auth == null ? new Auth(null, null, null, null, null, null) : auth;
        worker = worker == null ? new Worker(null, null, null, null) : worker;
    }

    /** {@code none} (a local cluster) or {@code oidc}: client credentials from the token URL, sent as a bearer token. */
    record Auth(String method, String clientId, String clientSecret, String tokenUrl, String audience, String scope) {
        Auth {
            method = method == null || method.isBlank() ? "none" : method.toLowerCase();
        }

        boolean oidc() {
            return method.equals("oidc");
        }
    }

    /**
     * Job worker defaults: jobs held at once per type, handler threads, how long a taken job stays locked to this
     * worker, and how often an idle worker asks for jobs.
     */
    record Worker(Integer maxJobsActive, Integer threads, Duration timeout, Duration pollInterval) {
        Worker {
            maxJobsActive = maxJobsActive == null ? 32 : maxJobsActive;
            threads = threads == null ? 8 : threads;
            timeout = timeout == null ? Duration.ofMinutes(5) : timeout;
            pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
        }
    }
}
