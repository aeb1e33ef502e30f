package com.salesos.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.salesos.platform.InvalidFieldException;
import com.salesos.workflow.DeployedModel;
import com.salesos.workflow.ModelResource;
import com.salesos.workflow.ModelValidationException;
import com.salesos.workflow.Workflow;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** The models page: every process and decision with its versions, uploads with their report, one version. */
@Controller
@RequestMapping("/ops/models")
@PreAuthorize(WorkbenchAccess.OPS)
class ModelsController {

    /** The per-file upload limit, checked here too: a model is read into memory whole before it is parsed. */
    private final long maxFileSize;

    /** A process or decision with its versions, newest first. */
    record ModelRow(DeployedModel.Kind kind, String id, String name, List<DeployedModel> versions) {
    }

    /** A version the upload produced; {@code created} is false when the file was unchanged. */
    record Uploaded(DeployedModel model, boolean created) {
    }

    private final Workflow workflow;
    private final ModelPages pages;

    ModelsController(Workflow workflow, ModelPages pages,
            @Value("${spring.servlet.multipart.max-file-size:5MB}") DataSize maxFileSize) {
        this.maxFileSize = maxFileSize.toBytes();
        this.workflow = workflow;
        this.pages = pages;
    }

    @GetMapping
    String models(Model page) {
        page.addAttribute("rows", rows());
        return "workbench/models";
    }

    @PostMapping
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model page,
            HttpServletResponse response) {
        try {
            Set<Long> before = workflow.models().stream().map(DeployedModel::key).collect(Collectors.toSet());
            List<DeployedModel> deployed = workflow.deploy(resources(files));
            page.addAttribute("uploaded", deployed.stream().map(m -> new Uploaded(m, !before.contains(m.key())))
                    .toList());
        } catch (ModelValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page.addAttribute("problems", e.problems());
        } catch (InvalidFieldException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page.addAttribute("uploadError", e.errors().get(0).message());
        }
        return models(page);
    }

    @GetMapping("/{key}")
    String version(@PathVariable long key, Model page) {
        pages.fill(key, page);
        return "workbench/model";
    }

    private List<ModelResource> resources(List<MultipartFile> files) {
        List<ModelResource> resources = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.getSize() > maxFileSize) {
                throw new MaxUploadSizeExceededException(maxFileSize);
            }
            String name = file.getOriginalFilename();
            if (file.isEmpty() && (name == null || name.isBlank())) {
                continue;
            }
            if (name == null || !(name.endsWith(".bpmn") || name.endsWith(".dmn"))) {
                throw new InvalidFieldException("files", "each file must be a .bpmn or .dmn file, not " + name);
            }
            try {
                resources.add(new ModelResource(name, file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (resources.isEmpty()) {
            throw new InvalidFieldException("files", "choose at least one .bpmn or .dmn file");
        }
        return resources;
    }

    private List<ModelRow> rows() {
        return workflow.models().stream()
                .collect(Collectors.groupingBy(m -> m.kind() + ":" + m.id(), TreeMap::new,
                        Collectors.toList()))
                .values().stream().map(versions -> {
                    versions.sort(Comparator.comparingInt(DeployedModel::version).reversed());
                    DeployedModel latest = versions.get(0);
                    return new ModelRow(latest.kind(), latest.id(), latest.name(), versions);
                }).toList();
    }
}
