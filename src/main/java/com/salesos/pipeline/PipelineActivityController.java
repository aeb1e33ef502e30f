package com.salesos.pipeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.PageParams;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Activity and pipeline of a rep ({@code repId}) or team ({@code teamOf}); the last 30 UTC days by default. */
@RestController
@PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_pipeline')")
class PipelineActivityController {

    private final PipelineActivityService pipeline;
    private final Clock clock;

    PipelineActivityController(PipelineActivityService pipeline, Clock clock) {
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @GetMapping("/api/v1/sales-reps/pipeline-activity")
    PipelineActivity get(@RequestParam(required = false) UUID repId, @RequestParam(required = false) UUID teamOf,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        LocalDate last = to == null ? LocalDate.now(clock) : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        if (last.isBefore(first)) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        return pipeline.of(repId, teamOf, first, last, PageParams.of(page, size, Sort.unsorted()));
    }
}
