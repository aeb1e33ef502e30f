package com.salesos.workbench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.salesos.platform.InvalidFieldException;
import com.salesos.workbench.Diagram.Overlay;
import com.salesos.workflow.DeployedModel;
import com.salesos.workflow.ElementDuration;
import com.salesos.workflow.Workflow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where work waits: average and 90th-percentile time per element of a process over the last days, drawn on the
 * latest version's diagram as a heat map (the hottest element by p90 is red).
 */
@Controller
@PreAuthorize(WorkbenchAccess.OPS)
class WaitsController {

    /** One row of the table under the diagram. */
    record Wait(String elementId, long count, String average, String p90) {
    }

    private final Workflow workflow;
    private final Clock clock;

    WaitsController(Workflow workflow, Clock clock) {
        this.workflow = workflow;
        this.clock = clock;
    }

    @GetMapping("/ops/waits")
    String waits(@RequestParam(required = false) String process, @RequestParam(defaultValue = "30") int days,
            Model model) {
        if (days < 1 || days > 366) {
            throw new InvalidFieldException("days", "must be between 1 and 366");
        }
        Map<String, DeployedModel> latest = new TreeMap<>();
        workflow.models().stream().filter(m -> m.kind() == DeployedModel.Kind.PROCESS)
                .forEach(m -> latest.merge(m.id(), m, (a, b) -> a.version() >= b.version() ? a : b));
        model.addAttribute("processes", latest.keySet());
        model.addAttribute("days", days);
        String chosen = process == null || process.isBlank()
                ? latest.keySet().stream().findFirst().orElse(null) : process;
        model.addAttribute("process", chosen);
        if (chosen == null) {
            return "workbench/waits";
        }
        DeployedModel version = latest.get(chosen);
        if (version == null) {
            throw new InvalidFieldException("process", "no process " + chosen);
        }
        Instant to = clock.instant();
        List<ElementDuration> durations = workflow.elementDurations(chosen, to.minus(Duration.ofDays(days)), to)
                .stream().sorted(Comparator.comparing(ElementDuration::p90).reversed()).toList();
        long hottest = durations.stream().mapToLong(d -> d.p90().toMillis()).max().orElse(0);
        Map<String, Overlay> overlays = new HashMap<>();
        for (ElementDuration d : durations) {
            double heat = hottest == 0 ? 0 : (double) d.p90().toMillis() / hottest;
            overlays.put(d.elementId(), new Overlay(0, 0, false, heat,
                    "avg " + Durations.brief(d.average()) + " · p90 " + Durations.brief(d.p90())));
        }
        model.addAttribute("waits", durations.stream().map(d -> new Wait(d.elementId(), d.count(),
                Durations.brief(d.average()), Durations.brief(d.p90()))).toList());
        model.addAttribute("diagram", BpmnDiagrams.read(workflow.modelXml(version.key())).with(overlays));
        return "workbench/waits";
    }
}
