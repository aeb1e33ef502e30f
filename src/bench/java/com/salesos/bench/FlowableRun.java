package com.salesos.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.dmn.engine.configurator.DmnEngineConfigurator;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.job.api.AcquiredExternalWorkerJob;

/**
 * The same process on Flowable 7 embedded, on its own database: service tasks are external-worker tasks that
 * worker threads take and complete (Flowable's counterpart of job workers), the decision runs in Flowable's DMN
 * engine, and its async executor carries the process on after each completion.
 */
final class FlowableRun implements AutoCloseable {

    private static final List<String> TOPICS = List.of("bench.price", "bench.approve", "bench.review", "bench.notify");

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final ExecutorService workers = Executors.newFixedThreadPool(8);
    private volatile boolean running = true;

    FlowableRun(String jdbcUrl, String user, String password) {
        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setJdbcUrl(jdbcUrl);
        config.setJdbcUsername(user);
        config.setJdbcPassword(password);
        config.setJdbcDriver("org.postgresql.Driver");
        config.setJdbcMaxActiveConnections(20);
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        config.setAsyncExecutorActivate(true);
        // Flowable waits 10 s between job acquisitions by default; give it the embedded engine's 100 ms poll
        config.setAsyncExecutorDefaultAsyncJobAcquireWaitTime(100);
        config.setAsyncExecutorDefaultTimerJobAcquireWaitTime(100);
        config.addConfigurator(new DmnEngineConfigurator());
        engine = config.buildProcessEngine();
        runtime = engine.getRuntimeService();
        management = engine.getManagementService();
        engine.getRepositoryService().createDeployment().name("bench")
                .addString("bench.bpmn20.xml", BenchModels.flowable()).addString("bench.dmn", BenchModels.decision())
                .deploy();
        for (int i = 0; i < 8; i++) {
            String workerId = "worker-" + i;
            workers.submit(() -> work(workerId));
        }
    }

    Latencies run(int threads, int instances) throws Exception {
        return ClosedLoop.run("flowable", threads, instances,
                discount -> runtime.startProcessInstanceByKey(BenchModels.PROCESS,
                        Map.of("discount", discount, "total", 1000)).getId(),
                id -> runtime.createProcessInstanceQuery().processInstanceId(id).count() == 0);
    }

    private void work(String workerId) {
        while (running) {
            boolean found = false;
            for (String topic : TOPICS) {
                List<AcquiredExternalWorkerJob> jobs;
                try {
                    jobs = management.createExternalWorkerJobAcquireBuilder().topic(topic, Duration.ofMinutes(5))
                            .acquireAndLock(4, workerId);
                } catch (FlowableOptimisticLockingException e) {
                    continue;
                }
                for (AcquiredExternalWorkerJob job : jobs) {
                    found = true;
                    var completion = management.createExternalWorkerCompletionBuilder(job.getId(), workerId);
                    if (topic.equals("bench.price")) {
                        completion.variable("price", 950);
                    }
                    completion.complete();
                }
            }
            if (!found) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        workers.shutdownNow();
        engine.close();
    }
}
