package com.salesos.ai;

import java.util.UUID;

import com.salesos.platform.PageParams;
import com.salesos.platform.PageResponse;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The insights a caller may see, and their acknowledgement. */
@RestController
@RequestMapping("/api/v1/insights")
@PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_insights')")
class InsightController {

    private final InsightService insights;

    InsightController(InsightService insights) {
        this.insights = insights;
    }

    @GetMapping
    PageResponse<InsightView> list(@RequestParam(required = false) UUID repId,
            @RequestParam(required = false) String type, @RequestParam(required = false) String subjectType,
            @RequestParam(required = false) String subjectId, @RequestParam(required = false) Boolean acknowledged,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return insights.list(new InsightFilter(repId, type, subjectType, subjectId, acknowledged),
                PageParams.of(page, size, Sort.unsorted()));
    }

    @PostMapping("/{id}/acknowledge")
    InsightView acknowledge(@PathVariable UUID id) {
        return insights.acknowledge(id);
    }
}
