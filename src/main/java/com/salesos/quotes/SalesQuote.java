package com.salesos.quotes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.salesos.platform.ConflictException;
import com.salesos.platform.Money;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A priced offer to an account. Every transition guards its state: an illegal one throws {@link ConflictException};
 * repeating the transition that led to the current state changes nothing and answers false, so process workers may
 * run twice. Events are registered on change and published when the quote is saved.
 */
@Entity
@Table(name = "sales_quote")
class SalesQuote extends AbstractAggregateRoot<SalesQuote> {

    static final String GUARDRAILS = "guardrails";
    private static final Set<QuoteStatus> REVISABLE = EnumSet.of(QuoteStatus.DRAFT, QuoteStatus.PENDING_APPROVAL,
            QuoteStatus.APPROVED, QuoteStatus.SENT, QuoteStatus.REJECTED);

    @Id
    private UUID id;
    @Column(nullable = false)
    private String number;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(name = "rep_id", nullable = false)
    private UUID repId;
    @Column(nullable = false)
    private String currency;
    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuoteStatus status;
    @Column(nullable = false)
    private BigDecimal subtotal;
    @Column(name = "discount_total", nullable = false)
    private BigDecimal discountTotal;
    @Column(nullable = false)
    private BigDecimal total;
    @Column(name = "cost_total")
    private BigDecimal costTotal;
    @Column(nullable = false)
    private int revision;
    @Enumerated(EnumType.STRING)
    @Column(name = "approval_level")
    private ApprovalLevel approvalLevel;
    @Column(name = "max_discount_percent")
    private BigDecimal maxDiscountPercent;
    @Enumerated(EnumType.STRING)
    @Column(name = "approval_decision")
    private ApprovalDecision approvalDecision;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approval_comment")
    private String approvalComment;
    @Column(name = "approved_revision")
    private Integer approvedRevision;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "process_instance_key")
    private Long processInstanceKey;
    @Column(name = "order_id")
    private UUID orderId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "quote_id", nullable = false)
    @OrderBy("lineNo")
    private List<SalesQuoteItem> items = new ArrayList<>();

    protected SalesQuote() {
    }

    SalesQuote(String number, UUID accountId, UUID repId, LocalDate validUntil, PricedLines priced, Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.accountId = accountId;
        this.repId = repId;
        this.currency = priced.total().currency();
        this.validUntil = validUntil;
        this.status = QuoteStatus.DRAFT;
        this.revision = 1;
        this.createdAt = now;
        replaceLines(priced, now);
        registerEvent(new QuoteCreated(id, repId, accountId, priced.total()));
    }

    /** Applies the guardrails' answer to a draft: NONE approves, MANAGER/DIRECTOR ask, REFUSED rejects. */
    boolean submitForApproval(ApprovalLevel level, BigDecimal maxDiscount, Instant now) {
        if (level == approvalLevel && status == statusAfterGuardrails(level)) {
            return false;
        }
        require(QuoteStatus.DRAFT, "submit for approval");
        this.approvalLevel = level;
        this.maxDiscountPercent = maxDiscount;
        this.status = statusAfterGuardrails(level);
        switch (level) {
            case NONE -> decide(ApprovalDecision.APPROVED, GUARDRAILS, "within the discount the guardrails allow", now);
            case REFUSED -> decide(ApprovalDecision.REFUSED, GUARDRAILS, "discount beyond what may be approved", now);
            default -> this.updatedAt = now;
        }
        registerEvent(new QuoteSubmittedForApproval(id, repId, revision, level));
        if (level == ApprovalLevel.NONE) {
            registerEvent(new QuoteApproved(id, repId, revision, GUARDRAILS));
        } else if (level == ApprovalLevel.REFUSED) {
            registerEvent(new QuoteApprovalRejected(id, repId, revision, ApprovalDecision.REFUSED));
        }
        return true;
    }

    /** The approver's yes; covers this revision only. */
    boolean approve(String by, String comment, Instant now) {
        if (status == QuoteStatus.APPROVED && approvedRevision != null && approvedRevision == revision) {
            return false;
        }
        require(QuoteStatus.PENDING_APPROVAL, "approve");
        decide(ApprovalDecision.APPROVED, by, comment, now);
        status = QuoteStatus.APPROVED;
        registerEvent(new QuoteApproved(id, repId, revision, by));
        return true;
    }

    /** The approver's no: the rep may revise or withdraw. */
    boolean reject(String by, String comment, Instant now) {
        if (status == QuoteStatus.REJECTED && approvalDecision != ApprovalDecision.APPROVED) {
            return false;
        }
        require(QuoteStatus.PENDING_APPROVAL, "reject the approval of");
        decide(ApprovalDecision.REJECTED, by, comment, now);
        status = QuoteStatus.REJECTED;
        registerEvent(new QuoteApprovalRejected(id, repId, revision, ApprovalDecision.REJECTED));
        return true;
    }

    boolean markSent(Instant now) {
        if (status == QuoteStatus.SENT) {
            return false;
        }
        require(QuoteStatus.APPROVED, "send");
        if (approvedRevision == null || approvedRevision != revision) {
            throw new ConflictException("Quote " + number + " revision " + revision + " is not approved");
        }
        return transition(QuoteStatus.SENT, new QuoteSent(id, repId, revision), now);
    }

    /** The customer's yes. */
    boolean accept(Instant now) {
        if (status == QuoteStatus.ACCEPTED) {
            return false;
        }
        require(QuoteStatus.SENT, "accept");
        return transition(QuoteStatus.ACCEPTED, new QuoteAccepted(id, repId, new Money(total, currency)), now);
    }

    /** The customer's no. */
    boolean reject(Instant now) {
        if (status == QuoteStatus.REJECTED && approvalDecision == ApprovalDecision.APPROVED) {
            return false;
        }
        require(QuoteStatus.SENT, "reject");
        return transition(QuoteStatus.REJECTED, new QuoteRejected(id, repId), now);
    }

    boolean expire(Instant now) {
        if (status == QuoteStatus.EXPIRED) {
            return false;
        }
        require(EnumSet.of(QuoteStatus.DRAFT, QuoteStatus.PENDING_APPROVAL, QuoteStatus.APPROVED, QuoteStatus.SENT),
                "expire");
        return transition(QuoteStatus.EXPIRED, new QuoteExpired(id, repId), now);
    }

    boolean withdraw(Instant now) {
        if (status == QuoteStatus.WITHDRAWN) {
            return false;
        }
        require(REVISABLE, "withdraw");
        return transition(QuoteStatus.WITHDRAWN, new QuoteWithdrawn(id, repId), now);
    }

    /**
     * Replaces the lines. Any change makes a new revision in DRAFT that must pass the guardrails again: an approval
     * never covers a changed quote. The same lines again change nothing, except that a rejected quote returns to
     * DRAFT for another round.
     *
     * @return the revision now current
     */
    int revise(PricedLines priced, Instant now) {
        require(REVISABLE, "revise");
        if (!priced.total().currency().equals(currency)) {
            throw new IllegalArgumentException("a revision keeps the quote's currency " + currency);
        }
        if (lines().equals(priced.lines()) && status != QuoteStatus.REJECTED) {
            return revision;
        }
        revision++;
        status = QuoteStatus.DRAFT;
        approvalLevel = null;
        maxDiscountPercent = null;
        replaceLines(priced, now);
        registerEvent(new QuoteRevised(id, repId, revision, priced.total()));
        return revision;
    }

    /** Links the order made from this accepted quote; the same order again changes nothing. */
    boolean markOrdered(UUID order, Instant now) {
        if (order.equals(orderId)) {
            return false;
        }
        require(QuoteStatus.ACCEPTED, "order");
        if (orderId != null) {
            throw new ConflictException("Quote " + number + " is already ordered as " + orderId);
        }
        orderId = order;
        updatedAt = now;
        return true;
    }

    /** Links the process instance that runs this quote; a different one is refused. */
    boolean attachProcess(long key, Instant now) {
        if (processInstanceKey != null) {
            if (processInstanceKey == key) {
                return false;
            }
            throw new ConflictException("Quote " + number + " already runs in process " + processInstanceKey);
        }
        processInstanceKey = key;
        updatedAt = now;
        return true;
    }

    private static QuoteStatus statusAfterGuardrails(ApprovalLevel level) {
        return switch (level) {
            case NONE -> QuoteStatus.APPROVED;
            case MANAGER, DIRECTOR -> QuoteStatus.PENDING_APPROVAL;
            case REFUSED -> QuoteStatus.REJECTED;
        };
    }

    private void decide(ApprovalDecision decision, String by, String comment, Instant now) {
        approvalDecision = decision;
        approvedBy = by;
        approvalComment = comment;
        if (decision == ApprovalDecision.APPROVED) {
            approvedRevision = revision;
        }
        decidedAt = now;
        updatedAt = now;
    }

    private boolean transition(QuoteStatus next, Object event, Instant now) {
        status = next;
        updatedAt = now;
        registerEvent(event);
        return true;
    }

    private void require(QuoteStatus expected, String action) {
        require(EnumSet.of(expected), action);
    }

    private void require(Set<QuoteStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new ConflictException("Cannot " + action + " quote " + number + " in status " + status);
        }
    }

    private void replaceLines(PricedLines priced, Instant now) {
        List<PricedLine> lines = priced.lines();
        items.subList(Math.min(lines.size(), items.size()), items.size()).clear();
        for (int i = 0; i < lines.size(); i++) {
            if (i < items.size()) {
                items.get(i).replace(lines.get(i));
            } else {
                items.add(new SalesQuoteItem(i + 1, lines.get(i)));
            }
        }
        subtotal = priced.subtotal().amount();
        discountTotal = priced.discountTotal().amount();
        total = priced.total().amount();
        costTotal = priced.costTotal() == null ? null : priced.costTotal().amount();
        updatedAt = now;
    }

    List<PricedLine> lines() {
        return items.stream().map(i -> i.toLine(currency)).toList();
    }

    UUID getId() {
        return id;
    }

    UUID getRepId() {
        return repId;
    }

    String getNumber() {
        return number;
    }

    QuoteStatus getStatus() {
        return status;
    }

    int getRevision() {
        return revision;
    }

    QuoteView toView() {
        PricedLines priced = PricedLines.of(currency, lines());
        QuoteView.Approval approval = approvalLevel == null && approvalDecision == null ? null
                : new QuoteView.Approval(approvalLevel, maxDiscountPercent, approvalDecision, approvedBy,
                        approvalComment, approvedRevision, decidedAt);
        return new QuoteView(id, number, accountId, repId, currency, validUntil, status, revision, priced.lines(),
                priced.subtotal(), priced.discountTotal(), priced.total(), priced.costTotal(), priced.margin(),
                priced.marginPercent(), priced.discountPercent(), approval, processInstanceKey, orderId, createdAt,
                updatedAt);
    }
}
