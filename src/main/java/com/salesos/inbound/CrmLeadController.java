package com.salesos.inbound;

import java.util.List;

import com.salesos.pipeline.CrmLead;
import com.salesos.pipeline.LeadIntake;
import com.salesos.platform.InvalidFieldException;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Leads from the CRM: the {@code crm} scope, sales ops or admins; idempotent by the sender's event id. */
@RestController
class CrmLeadController {

    private final InboundEvents inbound;
    private final LeadIntake intake;

    CrmLeadController(InboundEvents inbound, LeadIntake intake) {
        this.inbound = inbound;
        this.intake = intake;
    }

    @PostMapping("/api/v1/integrations/crm/leads")
    @PreAuthorize("hasAnyRole('SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_crm')")
    ResponseEntity<CrmLeadReport> leads(@Valid @RequestBody CrmLeadFeed feed,
            @RequestHeader(name = SenderEvent.HEADER, required = false) String key) {
        if ((feed.lead() == null) == (feed.items() == null || feed.items().isEmpty())) {
            throw new InvalidFieldException("items", "give one lead as lead or a non-empty list as items, not both");
        }
        String eventId = SenderEvent.id(feed.eventId(), key);
        List<CrmLead> items = feed.lead() != null ? List.of(feed.lead()) : feed.items();
        return SenderEvent.answer(inbound.once("crm/leads", eventId, CrmLeadReport.class, () -> {
            List<LeadIntake.Received> received = intake.receive(items);
            int created = (int) received.stream().filter(r -> r.outcome() == LeadIntake.Outcome.CREATED).count();
            return new CrmLeadReport(eventId, items.size(), created, items.size() - created, received);
        }));
    }
}
