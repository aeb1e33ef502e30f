package com.salesos.workbench;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.salesos.platform.NotFoundException;
import com.salesos.workbench.Diagram.Overlay;
import com.salesos.workflow.DeployedModel;
import com.salesos.workflow.ElementStatistics;
import com.salesos.workflow.Workflow;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the page of one model version: its versions, and the diagram with live counts or the decision table. */
@Component
class ModelPages {

    private final Workflow workflow;

    ModelPages(Workflow workflow) {
        this.workflow = workflow;
    }

    /** @throws NotFoundException for an unknown model key */
    DeployedModel version(long key) {
        return workflow.models().stream().filter(m -> m.key() == key).findFirst()
                .orElseThrow(() -> new NotFoundException("Model", key));
    }

    List<DeployedModel> versionsOf(DeployedModel model) {
        return workflow.models().stream().filter(m -> m.kind() == model.kind() && m.id().equals(model.id()))
                .sorted(Comparator.comparingInt(DeployedModel::version).reversed()).toList();
    }

    /** Adds {@code model}, {@code versions}, {@code latest} and {@code diagram} or {@code decision}. */
    DeployedModel fill(long key, Model page) {
        DeployedModel model = version(key);
        List<DeployedModel> versions = versionsOf(model);
        page.addAttribute("model", model);
        page.addAttribute("versions", versions);
        page.addAttribute("latest", versions.get(0).key() == key);
        String xml = workflow.modelXml(key);
        if (model.kind() == DeployedModel.Kind.PROCESS) {
            Map<String, Overlay> overlays = workflow.elementStatistics(key).stream().collect(Collectors.toMap(
                    ElementStatistics::elementId,
                    s -> new Overlay(s.activeTokens(), s.openIncidents(), false, null, null)));
            page.addAttribute("diagram", BpmnDiagrams.read(xml).with(overlays));
        } else {
            page.addAttribute("decision", DmnTables.read(xml, model.id()));
        }
        return model;
    }
}
