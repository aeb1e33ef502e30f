package com.salesos.workflow.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.salesos.platform.InvalidFieldException;
import com.salesos.workflow.DeployedModel;
import com.salesos.workflow.ModelResource;
import com.salesos.workflow.Workflow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** Deploys BPMN/DMN files (multipart, parts named {@code files}) and lists deployed versions. */
@RestController
@RequestMapping("/api/v1/models")
@PreAuthorize(Access.OPERATE)
class ModelController {

    /** The per-file upload limit, checked here too: a model is read into memory whole before it is parsed. */
    private final long maxFileSize;

    private final Workflow workflow;

    ModelController(Workflow workflow,
            @Value("${spring.servlet.multipart.max-file-size:5MB}") DataSize maxFileSize) {
        this.maxFileSize = maxFileSize.toBytes();
        this.workflow = workflow;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    List<DeployedModel> deploy(@RequestPart("files") List<MultipartFile> files) {
        List<ModelResource> resources = new ArrayList<>();
        for (MultipartFile file : files) {
            if (file.getSize() > maxFileSize) {
                throw new MaxUploadSizeExceededException(maxFileSize);
            }
            String name = file.getOriginalFilename();
            if (name == null || !(name.endsWith(".bpmn") || name.endsWith(".dmn"))) {
                throw new InvalidFieldException("files", "each file must be a .bpmn or .dmn file, not " + name);
            }
            try {
                resources.add(new ModelResource(name, file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return workflow.deploy(resources);
    }

    @GetMapping
    List<DeployedModel> models() {
        return workflow.models();
    }

    @GetMapping(value = "/{key}/xml", produces = MediaType.APPLICATION_XML_VALUE)
    String xml(@PathVariable long key) {
        return workflow.modelXml(key);
    }
}
