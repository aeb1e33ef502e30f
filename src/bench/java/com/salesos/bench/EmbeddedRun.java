package com.salesos.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.salesos.SalesOsApplication;
import com.salesos.workflow.Job;
import com.salesos.workflow.JobWorker;
import com.salesos.workflow.ModelResource;
import com.salesos.workflow.Workflow;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reference process on the embedded engine: the whole application, its job executor running the workers. With
 * {@code product} the application also deploys its own models, as {@code ./mvnw spring-boot:run} does, so the
 * product's processes can run beside the reference one, and makes an admin-scoped API key for the load generator.
 */
final class EmbeddedRun implements AutoCloseable {

    /** The admin-scoped API key the product run creates for its load generator. */
    static final String BENCH_KEY = "bench-key-0123456789abcdef0123456789abcdef";

    private final ConfigurableApplicationContext context;
    private final Workflow workflow;
    private final JdbcTemplate jdbc;

    EmbeddedRun() {
        this(false);
    }

    EmbeddedRun(boolean product) {
        context = new SpringApplicationBuilder(SalesOsApplication.class)
                .initializers(ctx -> {
                    for (String type : List.of("bench.price", "bench.approve", "bench.review", "bench.notify")) {
                        ctx.getBeanFactory().registerSingleton("bench-" + type, worker(type));
                    }
                })
                .run("--server.port=0", "--salesos.workflow.deploy-on-startup=" + product,
                        "--salesos.bootstrap-api-key=" + (product ? BENCH_KEY : ""),
                        "--salesos.workflow.executor.threads=8", "--salesos.workflow.executor.poll-interval=100ms",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        workflow = context.getBean(Workflow.class);
        jdbc = context.getBean(JdbcTemplate.class);
        workflow.deploy(List.of(new ModelResource("bench.dmn", BenchModels.decision().getBytes(StandardCharsets.UTF_8)),
                new ModelResource("bench.bpmn", BenchModels.zeebe().getBytes(StandardCharsets.UTF_8))));
    }

    Latencies run(int threads, int instances) throws Exception {
        return ClosedLoop.run("embedded", threads, instances,
                discount -> workflow.start(BenchModels.PROCESS, Map.of("discount", discount, "total", 1000), null),
                key -> !"ACTIVE".equals(jdbc.queryForObject("select state from wf_process_instance where key = ?",
                        String.class, key)));
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    private static JobWorker worker(String type) {
        return new JobWorker() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public Map<String, Object> handle(Job job) {
                return type.equals("bench.price") ? Map.of("price", 950) : Map.of();
            }
        };
    }

    @Override
    public void close() {
        context.close();
    }
}
