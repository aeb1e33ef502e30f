package com.salesos.workflow.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.salesos.workflow.ModelResource;
import com.salesos.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every {@code .bpmn} and {@code .dmn} under {@code bpmn/} and {@code dmn/} at start-up: from
 * {@code salesos.workflow.models-dir} when set, else from the working directory when it has those folders (a
 * checkout), else from the copy packed in the jar under {@code models/}. Unchanged files make no new version.
 */
@Component
class ModelFolders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ModelFolders.class);

    private final Workflow workflow;
    private final WorkflowProperties properties;

    ModelFolders(Workflow workflow, WorkflowProperties properties) {
        this.workflow = workflow;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.deployOnStartup()) {
            return;
        }
        List<ModelResource> models = properties.modelsDir() != null ? fromFolder(Path.of(properties.modelsDir()))
                : Files.isDirectory(Path.of("bpmn")) || Files.isDirectory(Path.of("dmn")) ? fromFolder(Path.of("."))
                : fromJar();
        if (!models.isEmpty()) {
            var deployed = workflow.deploy(models);
            log.info("Deployed {} models from {} files", deployed.size(), models.size());
        }
    }

    static List<ModelResource> fromFolder(Path base) {
        List<ModelResource> out = new ArrayList<>();
        for (String folder : List.of("dmn", "bpmn")) {
            Path dir = base.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(ModelFolders::isModel).sorted().toList()) {
                    out.add(new ModelResource(file.getFileName().toString(), Files.readAllBytes(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read models under " + dir, e);
            }
        }
        return out;
    }

    private static List<ModelResource> fromJar() {
        List<ModelResource> out = new ArrayList<>();
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            for (String pattern : List.of("classpath*:models/dmn/**/*.dmn", "classpath*:models/bpmn/**/*.bpmn")) {
                for (Resource r : resolver.getResources(pattern)) {
                    out.add(new ModelResource(r.getFilename(), r.getContentAsByteArray()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the packed models", e);
        }
        return out;
    }

    private static boolean isModel(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".bpmn") || name.endsWith(".dmn"));
    }
}
