package com.salesos.commissions;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A rep disputes their commission ({@code 201}; {@code 409} while another dispute of it is open); the rep, their
 * managers and sales ops read the dispute with the original and the recalculated decision side by side.
 */
@RestController
class DisputeController {

    private final CommissionDisputeService disputes;

    DisputeController(CommissionDisputeService disputes) {
        this.disputes = disputes;
    }

    /** Only the rep who earned the commission (checked by the service): people with a rep record, no API keys. */
    @PostMapping("/api/v1/sales-reps/commissions/{id}/dispute")
    @PreAuthorize("hasAnyRole('REP', 'MANAGER')")
    @ResponseStatus(HttpStatus.CREATED)
    DisputeView dispute(@PathVariable UUID id, @RequestBody NewDispute request) {
        return disputes.open(id, request);
    }

    @GetMapping("/api/v1/commissions/disputes/{id}")
    @PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_commissions')")
    DisputeView get(@PathVariable UUID id) {
        return disputes.get(id);
    }
}
