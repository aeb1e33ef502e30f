package com.salesos.commissions;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.PageParams;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A rep's commissions by period ({@code from}/{@code to} as YYYY-MM, inclusive), with totals. */
@RestController
@PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_commissions')")
class CommissionController {

    private final CommissionService commissions;

    CommissionController(CommissionService commissions) {
        this.commissions = commissions;
    }

    @GetMapping("/api/v1/sales-reps/commissions")
    CommissionStatement statement(@RequestParam(required = false) UUID repId,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return commissions.statement(repId, month(from, "from"), month(to, "to"),
                PageParams.of(page, size, Sort.unsorted()));
    }

    private static YearMonth month(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "must be a month like 2026-03");
        }
    }
}
