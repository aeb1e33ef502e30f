package com.salesos.workflow.zeebe;

import io.camunda.client.CamundaClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What the REST-stub tests share: a fresh {@link ClusterStub}, a client preferring REST, and the adapter on it. */
abstract class StubbedClusterTests {

    ClusterStub cluster;
    CamundaClient client;
    ZeebeWorkflow workflow;

    @BeforeEach
    void connect() throws Exception {
        cluster = ClusterStub.start();
        client = cluster.client();
        workflow = new ZeebeWorkflow(client);
    }

    @AfterEach
    void close() {
        client.close();
        cluster.close();
    }
}
