package com.salesos.visits;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.platform.PageParams;
import com.salesos.platform.PageResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Visits: reps log them; everyone reads within their visibility. {@code from}/{@code to} are UTC days, inclusive. */
@RestController
@PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_visits')")
class VisitController {

    private final VisitService visits;
    private final VisitFollowUps followUps;

    VisitController(VisitService visits, VisitFollowUps followUps) {
        this.visits = visits;
        this.followUps = followUps;
    }

    @PostMapping("/api/v1/sales-reps/visit")
    ResponseEntity<VisitView> log(@Valid @RequestBody NewVisit request) {
        VisitView visit = visits.log(request);
        return ResponseEntity.created(URI.create("/api/v1/visits/" + visit.id())).body(visit);
    }

    @GetMapping("/api/v1/visits/{id}")
    VisitView get(@PathVariable UUID id) {
        return visits.get(id);
    }

    /** The visit's follow-up process and draft quote; 404 until the process started (just after logging). */
    @GetMapping("/api/v1/visits/{id}/follow-up")
    VisitFollowUpView followUp(@PathVariable UUID id) {
        visits.get(id);
        return followUps.of(id).filter(f -> f.processInstanceKey() != null)
                .orElseThrow(() -> new NotFoundException("Follow-up of visit", id));
    }

    @GetMapping("/api/v1/visits")
    PageResponse<VisitView> list(@RequestParam(required = false) UUID repId,
            @RequestParam(required = false) UUID accountId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        Instant start = from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return visits.list(new VisitFilter(repId, accountId, start, end), PageParams.of(page, size, Sort.unsorted()));
    }
}
