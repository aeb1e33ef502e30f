package com.salesos.workflow.zeebe;

import java.util.List;

import com.salesos.workflow.JobWorker;
import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import io.camunda.client.impl.NoopCredentialsProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The adapter's beans, only with {@code salesos.workflow.engine=zeebe}: with the embedded engine (the default) no
 * Camunda client exists, so nothing ever connects to a cluster.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EngineSelection.PROPERTY, havingValue = EngineSelection.ZEEBE)
@EnableConfigurationProperties(CamundaClientProperties.class)
class ZeebeConfiguration {

    @Bean(destroyMethod = "close")
    CamundaClient camundaClient(CamundaClientProperties properties) {
        return client(properties);
    }

    @Bean
    ZeebeWorkflow zeebeWorkflow(CamundaClient client) {
        return new ZeebeWorkflow(client);
    }

    @Bean
    ZeebeJobWorkers zeebeJobWorkers(CamundaClient client, List<JobWorker> workers, CamundaClientProperties properties) {
        return new ZeebeJobWorkers(client, workers, properties.worker());
    }

    /** A client for the configured cluster; environment variables are ignored so that only these settings count. */
    static CamundaClient client(CamundaClientProperties properties) {
        return CamundaClient.newClientBuilder()
                .applyEnvironmentVariableOverrides(false)
                .restAddress(properties.restAddress())
                .grpcAddress(properties.grpcAddress())
                .preferRestOverGrpc(properties.preferRestOverGrpc())
                .defaultRequestTimeout(properties.requestTimeout())
                .defaultJobWorkerMaxJobsActive(properties.worker().maxJobsActive())
                .numJobWorkerExecutionThreads(properties.worker().threads())
                .defaultJobTimeout(properties.worker().timeout())
                .defaultJobPollInterval(properties.worker().pollInterval())
                .defaultJobWorkerStreamEnabled(false)
                .credentialsProvider(credentials(properties.auth()))
                .build();
    }

    private static CredentialsProvider credentials(CamundaClientProperties.Auth auth) {
        if (!auth.oidc()) {
            return new NoopCredentialsProvider();
        }
        return CredentialsProvider.newCredentialsProviderBuilder().clientId(auth.clientId())
                .clientSecret(auth.clientSecret()).audience(auth.audience()).scope(auth.scope())
                .authorizationServerUrl(auth.tokenUrl()).build();
    }
}
