package com.salesos.workbench;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.salesos.workbench.Diagram.Overlay;
import com.salesos.workflow.DeployedModel;
import com.salesos.workflow.Incident;
import com.salesos.workflow.InstanceQuery;
import com.salesos.workflow.ProcessInstance;
import com.salesos.workflow.Workflow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Instance search by process, state and business key, and one instance with its diagram, variables and history. */
@Controller
@PreAuthorize(WorkbenchAccess.OPS)
class InstancesController {

    private static final int PAGE_SIZE = 25;

    private final Workflow workflow;

    InstancesController(Workflow workflow) {
        this.workflow = workflow;
    }

    @GetMapping("/ops/instances")
    String search(@RequestParam(required = false) String process,
            @RequestParam(required = false) ProcessInstance.InstanceState state,
            @RequestParam(required = false) String businessKey, @RequestParam(defaultValue = "0") int page,
            Model model) {
        String p = blankToNull(process);
        String b = blankToNull(businessKey);
        model.addAttribute("processes", workflow.models().stream().filter(m -> m.kind() == DeployedModel.Kind.PROCESS)
                .map(DeployedModel::id).collect(Collectors.toCollection(TreeSet::new)));
        model.addAttribute("states", ProcessInstance.InstanceState.values());
        model.addAttribute("process", p);
        model.addAttribute("state", state);
        model.addAttribute("businessKey", b);
        model.addAttribute("result", workflow.instances(new InstanceQuery(p, state, b, Math.max(0, page), PAGE_SIZE)));
        return "workbench/instances";
    }

    @GetMapping("/ops/instances/{key}")
    String instance(@PathVariable long key, Model model) {
        ProcessInstance instance = workflow.instance(key);
        Map<String, long[]> counts = new HashMap<>();
        instance.activeElements().stream().filter(e -> e.key() != key)
                .forEach(e -> counts.computeIfAbsent(e.elementId(), k -> new long[2])[0]++);
        for (Incident incident : instance.incidents()) {
            counts.computeIfAbsent(incident.elementId(), k -> new long[2])[1]++;
        }
        Map<String, Overlay> overlays = new HashMap<>();
        counts.forEach((id, c) -> overlays.put(id, new Overlay(c[0], c[1], true, null, null)));
        model.addAttribute("instance", instance);
        model.addAttribute("diagram", BpmnDiagrams.read(workflow.modelXml(instance.definitionKey())).with(overlays));
        return "workbench/instance";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
