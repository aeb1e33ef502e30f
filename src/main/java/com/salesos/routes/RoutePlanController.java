package com.salesos.routes;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import com.salesos.platform.InvalidFieldException;
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

/** Route plans: a rep plans their day; managers, sales ops and admins read them within their visibility. */
@RestController
@PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_routes')")
class RoutePlanController {

    private final RouteService routes;

    RoutePlanController(RouteService routes) {
        this.routes = routes;
    }

    @PostMapping("/api/v1/sales-reps/route-plan")
    ResponseEntity<RoutePlanView> plan(@Valid @RequestBody NewRoutePlan request) {
        RoutePlanView plan = routes.plan(request);
        return ResponseEntity.created(URI.create("/api/v1/route-plans/" + plan.id())).body(plan);
    }

    @GetMapping("/api/v1/route-plans/{id}")
    RoutePlanView get(@PathVariable UUID id) {
        return routes.get(id);
    }

    @GetMapping("/api/v1/route-plans")
    PageResponse<RoutePlanView> list(@RequestParam(required = false) UUID repId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        LocalDate first = from == null ? LocalDate.of(1970, 1, 1) : from;
        LocalDate last = to == null ? LocalDate.of(9999, 12, 31) : to;
        if (last.isBefore(first)) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        return routes.list(new RoutePlanFilter(repId, first, last), PageParams.of(page, size, Sort.unsorted()));
    }
}
