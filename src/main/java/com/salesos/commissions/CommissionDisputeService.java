package com.salesos.commissions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.salesos.activity.ActivityLog;
import com.salesos.platform.ConflictException;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.reps.RepService;
import com.salesos.reps.RepView;
import com.salesos.security.AccessPolicy;
import com.salesos.security.CurrentActor;
import com.salesos.security.UserService;
import com.salesos.workflow.ProcessInstance;
import com.salesos.workflow.Workflow;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commission disputes: the rep who earned a commission disputes it with a reason and corrected facts, which starts
 * {@code commission-dispute} (the decision again on the corrected facts, then the rep's manager decides); the
 * resolution updates the commission and the activity log. One open dispute per commission.
 */
@Service
class CommissionDisputeService {

    static final String PROCESS = "commission-dispute";
    static final String DECISION = "commission-rates";
    static final List<String> FACTS = List.of("repRole", "productCategory", "marginPercent", "newCustomer",
            "quotaAttainmentPercent");

    private final CommissionDisputes disputes;
    private final SalesCommissions commissions;
    private final AccessPolicy access;
    private final CurrentActor currentActor;
    private final RepService reps;
    private final UserService users;
    private final Workflow workflow;
    private final ActivityLog activity;
    private final Clock clock;

    CommissionDisputeService(CommissionDisputes disputes, SalesCommissions commissions, AccessPolicy access,
            CurrentActor currentActor, RepService reps, UserService users, Workflow workflow, ActivityLog activity,
            Clock clock) {
        this.disputes = disputes;
        this.commissions = commissions;
        this.access = access;
        this.currentActor = currentActor;
        this.reps = reps;
        this.users = users;
        this.workflow = workflow;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * @throws NotFoundException when the commission is unknown or not the caller's to see
     * @throws AccessDeniedException when the caller is not the rep who earned it
     * @throws InvalidFieldException naming {@code reason}, {@code corrected} or {@code corrected.<fact>}
     * @throws ConflictException when it is already disputed, or the rep has no manager to decide
     */
    @Transactional
    public DisputeView open(UUID commissionId, NewDispute request) {
        SalesCommission commission = commissions.findById(commissionId).filter(c -> access.canSeeRep(c.getRepId()))
                .orElseThrow(() -> new NotFoundException("Commission", commissionId));
        if (!commission.getRepId().equals(currentActor.get().repId())) {
            throw new AccessDeniedException("only the rep who earned a commission may dispute it");
        }
        CommissionView view = commission.toView();
        String reason = request == null || request.reason() == null ? "" : request.reason().strip();
        if (reason.isEmpty() || reason.length() > 2000) {
            throw new InvalidFieldException("reason", "is required (up to 2000 characters)");
        }
        if (request.corrected() == null) {
            throw new InvalidFieldException("corrected", "is required: the facts the commission should rest on");
        }
        Map<String, Object> corrected = corrected(view.inputs(), request.corrected());
        if (disputes.existsByCommissionIdAndStatus(commissionId, "OPEN")) {
            throw new ConflictException("Commission " + commissionId + " already has an open dispute");
        }
        RepView rep = reps.get(view.repId());
        if (rep.managerId() == null) {
            throw new ConflictException("Rep " + rep.id() + " has no manager to decide a dispute");
        }
        String username = users.findByRepId(rep.id()).map(UserService.UserView::username)
                .orElseThrow(() -> new ConflictException("Rep " + rep.id() + " has no sign-in"));
        Instant now = now();
        CommissionStatus before = commission.dispute(now);
        CommissionDispute dispute = disputes.saveAndFlush(new CommissionDispute(view, reason, corrected, before, now));

        Map<String, Object> variables = new HashMap<>();
        variables.put("disputeId", dispute.getId().toString());
        variables.put("commissionId", commissionId.toString());
        variables.put("repId", rep.id().toString());
        variables.put("repUsername", username);
        variables.put("managerRepId", rep.managerId().toString());
        variables.put("baseAmount", view.baseAmount().amount());
        variables.put("original", Map.of("rate", view.rate(), "accelerator", view.accelerator(), "amount",
                view.amount().amount()));
        variables.put("corrected", corrected);
        dispute.started(workflow.start(PROCESS, variables, PROCESS + ":" + dispute.getId()));
        activity.record("commission.disputed", "commission", commissionId, rep.id(),
                Map.of("disputeId", dispute.getId(), "reason", reason, "corrected", corrected));
        return dispute.toView(view.amount().currency(), null);
    }

    /** @throws NotFoundException when unknown or not the caller's to see (the rep, their managers, sales ops) */
    @Transactional(readOnly = true)
    public DisputeView get(UUID disputeId) {
        CommissionDispute dispute = disputes.findById(disputeId).filter(d -> access.canSeeRep(d.getRepId()))
                .orElseThrow(() -> new NotFoundException("Commission dispute", disputeId));
        SalesCommission commission = commissions.findById(dispute.getCommissionId()).orElseThrow();
        return dispute.toView(commission.toView().amount().currency(), dispute.isOpen() ? live(dispute) : null);
    }

    /**
     * Applies the manager's resolution; a resolved dispute answers as it was resolved (a retried worker changes
     * nothing).
     *
     * @param recalculated the decision's answer on the corrected facts (needed for ACCEPT_NEW; may be null otherwise)
     * @throws NotFoundException when unknown
     * @throws InvalidFieldException naming {@code comment} (KEEP or ADJUST without one), {@code adjustedAmount}
     *         (ADJUST without an amount of 0 or more), {@code resolution} (missing) or {@code recalculated} (ACCEPT_NEW
     *         without it)
     */
    @Transactional
    public DisputeView resolve(UUID disputeId, DisputeResolution resolution, BigDecimal adjustedAmount, String comment,
            CommissionDecision recalculated) {
        CommissionDispute dispute = disputes.findById(disputeId)
                .orElseThrow(() -> new NotFoundException("Commission dispute", disputeId));
        SalesCommission commission = commissions.findById(dispute.getCommissionId()).orElseThrow();
        CommissionView before = commission.toView();
        if (!dispute.isOpen()) {
            return dispute.toView(before.amount().currency(), null);
        }
        String reason = comment == null ? "" : comment.strip();
        if (resolution == null) {
            throw new InvalidFieldException("resolution", "must be ACCEPT_NEW, KEEP or ADJUST");
        }
        if (resolution != DisputeResolution.ACCEPT_NEW && reason.isEmpty()) {
            throw new InvalidFieldException("comment", "is required to " + resolution + " a disputed commission");
        }
        if (resolution == DisputeResolution.ADJUST && (adjustedAmount == null || adjustedAmount.signum() < 0)) {
            throw new InvalidFieldException("adjustedAmount", "is required to ADJUST: an amount of 0 or more");
        }
        boolean evaluated = recalculated != null && recalculated.rate() != null && recalculated.accelerator() != null;
        if (resolution == DisputeResolution.ACCEPT_NEW && !evaluated) {
            throw new InvalidFieldException("recalculated",
                    "is required to ACCEPT_NEW: the decision on the corrected facts");
        }
        Instant now = now();
        switch (resolution) {
            case ACCEPT_NEW -> commission.recalculateAfterDispute(recalculated, dispute.getPreviousStatus(), now);
            case KEEP -> commission.keepAfterDispute(dispute.getPreviousStatus(), now);
            case ADJUST -> commission.adjustAfterDispute(adjustedAmount, dispute.getPreviousStatus(), now);
        }
        CommissionView after = commission.toView();
        BigDecimal recalculatedAmount = evaluated ? SalesCommission.amountOf(before.baseAmount(), recalculated.rate(),
                recalculated.accelerator()).amount() : null;
        dispute.resolve(resolution, evaluated ? new CommissionDispute.Recalculation(recalculated.rate(),
                recalculated.accelerator(), recalculatedAmount, recalculated.matchedRuleIds()) : null,
                after.amount().amount(), reason.isEmpty() ? null : reason, now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("disputeId", disputeId);
        details.put("resolution", resolution.name());
        details.put("amountBefore", before.amount().amount());
        details.put("amountAfter", after.amount().amount());
        if (recalculatedAmount != null) {
            details.put("recalculatedAmount", recalculatedAmount);
        }
        details.put("currency", after.amount().currency());
        if (!reason.isEmpty()) {
            details.put("comment", reason);
        }
        activity.record("commission.dispute-resolved", "commission", after.id(), after.repId(), details);
        return dispute.toView(after.amount().currency(), null);
    }

    /** The recorded inputs overlaid with the corrections, validated; every fact the decision reads is present. */
    private static Map<String, Object> corrected(Map<String, Object> recorded, CorrectedFacts facts) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (String fact : FACTS) {
            if (recorded != null && recorded.get(fact) != null) {
                merged.put(fact, recorded.get(fact));
            }
        }
        if (facts.repRole() != null) {
            if (!Set.of("FIELD", "INSIDE").contains(facts.repRole())) {
                throw new InvalidFieldException("corrected.repRole", "must be FIELD or INSIDE");
            }
            merged.put("repRole", facts.repRole());
        }
        if (facts.productCategory() != null) {
            if (facts.productCategory().isBlank() || facts.productCategory().length() > 100) {
                throw new InvalidFieldException("corrected.productCategory", "must be 1 to 100 characters");
            }
            merged.put("productCategory", facts.productCategory().strip());
        }
        if (facts.marginPercent() != null) {
            if (facts.marginPercent().abs().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new InvalidFieldException("corrected.marginPercent", "must be between -100 and 100");
            }
            merged.put("marginPercent", facts.marginPercent());
        }
        if (facts.newCustomer() != null) {
            merged.put("newCustomer", facts.newCustomer());
        }
        if (facts.quotaAttainmentPercent() != null) {
            if (facts.quotaAttainmentPercent().signum() < 0) {
                throw new InvalidFieldException("corrected.quotaAttainmentPercent", "must be 0 or more");
            }
            merged.put("quotaAttainmentPercent", facts.quotaAttainmentPercent());
        }
        for (String fact : FACTS) {
            if (!merged.containsKey(fact)) {
                throw new InvalidFieldException("corrected." + fact, "is required: the commission does not record it");
            }
        }
        return merged;
    }

    /** What the running process has computed on the corrected facts so far, or null. */
    private CommissionDispute.Recalculation live(CommissionDispute dispute) {
        if (dispute.getProcessInstanceKey() == null) {
            return null;
        }
        ProcessInstance instance = workflow.instance(dispute.getProcessInstanceKey());
        if (!(instance.variables().get("recalculated") instanceof Map<?, ?> recalculated)
                || !(instance.variables().get("recalculatedAmount") instanceof Number amount)) {
            return null;
        }
        return new CommissionDispute.Recalculation(decimal(recalculated.get("rate")),
                decimal(recalculated.get("accelerator")), decimal(amount), null);
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
