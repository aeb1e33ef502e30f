package com.salesos.commissions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.salesos.integration.EventTypes;
import com.salesos.integration.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commission step that other systems hear about: recording the commission writes {@code commission.recorded}
 * to the outbox in the same transaction, once per order.
 */
@Service
class CommissionProcess {

    private final CommissionService commissions;
    private final Outbox outbox;

    CommissionProcess(CommissionService commissions, Outbox outbox) {
        this.commissions = commissions;
        this.outbox = outbox;
    }

    @Transactional
    CommissionView record(UUID orderId, CommissionDecision decision) {
        CommissionView view = commissions.record(orderId, decision);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("commissionId", view.id());
        data.put("orderId", orderId);
        data.put("repId", view.repId());
        data.put("baseAmount", view.baseAmount());
        data.put("rate", view.rate());
        data.put("accelerator", view.accelerator());
        data.put("amount", view.amount());
        data.put("rules", view.rules());
        outbox.publish("commission.recorded:" + orderId, EventTypes.COMMISSION_RECORDED, "commission/" + view.id(),
                data);
        return view;
    }
}
