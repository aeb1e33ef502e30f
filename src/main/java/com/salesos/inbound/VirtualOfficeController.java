package com.salesos.inbound;

import com.salesos.visits.FollowUpRequests;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Action items from the virtual office: the {@code virtual-office} scope, sales ops or admins. */
@RestController
class VirtualOfficeController {

    private final InboundEvents inbound;
    private final FollowUpRequests followUps;

    VirtualOfficeController(InboundEvents inbound, FollowUpRequests followUps) {
        this.inbound = inbound;
        this.followUps = followUps;
    }

    @PostMapping("/api/v1/integrations/virtual-office/action-items")
    @PreAuthorize("hasAnyRole('SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_virtual-office')")
    ResponseEntity<ActionItemReport> actionItems(@Valid @RequestBody ActionItemFeed feed,
            @RequestHeader(name = SenderEvent.HEADER, required = false) String key) {
        String eventId = SenderEvent.id(feed.eventId(), key);
        return SenderEvent.answer(inbound.once("virtual-office/action-items", eventId, ActionItemReport.class,
                () -> new ActionItemReport(eventId, feed.items().size(), followUps.request(eventId,
                        feed.items().stream().map(i -> new FollowUpRequests.ActionItem(i.id(), i.repId(),
                                i.accountId(), i.what(), i.due())).toList()))));
    }
}
