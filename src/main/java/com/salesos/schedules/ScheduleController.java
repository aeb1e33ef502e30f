package com.salesos.schedules;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The schedules and their next and previous firing; sales ops may run one now. API keys need scope
 * {@code schedules}.
 */
@RestController
@PreAuthorize("hasAnyRole('SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_schedules')")
class ScheduleController {

    private final Schedules schedules;

    ScheduleController(Schedules schedules) {
        this.schedules = schedules;
    }

    @GetMapping("/api/v1/schedules")
    List<ScheduleView> schedules() {
        return schedules.list();
    }

    @PostMapping("/api/v1/schedules/{name}/run")
    Schedules.RunResult run(@PathVariable String name) {
        return schedules.runNow(name);
    }
}
