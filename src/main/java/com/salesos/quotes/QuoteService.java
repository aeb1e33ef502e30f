package com.salesos.quotes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import com.salesos.accounts.AccountService;
import com.salesos.activity.ActivityLog;
import com.salesos.platform.Currencies;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.platform.PageResponse;
import com.salesos.reps.RepService;
import com.salesos.security.AccessPolicy;
import jakarta.persistence.criteria.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates quotes and moves them through their life. The transition methods are what the quote process's workers
 * call: each is idempotent (running it again in the state it led to changes nothing and logs nothing), writes one
 * activity entry per change and throws {@link com.salesos.platform.ConflictException} for an illegal transition.
 * They do not check visibility (workers act for the process); {@link #get} and {@link #list} do.
 */
@Service
public class QuoteService {

    static final int DEFAULT_VALIDITY_DAYS = 30;

    private final SalesQuotes quotes;
    private final Pricing pricing;
    private final RepService reps;
    private final AccountService accounts;
    private final AccessPolicy access;
    private final ActivityLog activity;
    private final Clock clock;
    private final String defaultCurrency;

    QuoteService(SalesQuotes quotes, Pricing pricing, RepService reps, AccountService accounts, AccessPolicy access,
            ActivityLog activity, Clock clock, @Value("${salesos.default-currency:EUR}") String defaultCurrency) {
        this.quotes = quotes;
        this.pricing = pricing;
        this.reps = reps;
        this.accounts = accounts;
        this.access = access;
        this.activity = activity;
        this.clock = clock;
        this.defaultCurrency = defaultCurrency;
    }

    /**
     * Prices and saves a draft quote for a rep the caller may act for.
     *
     * @throws InvalidFieldException naming {@code repId}, {@code accountId}, {@code currency}, {@code validUntil}
     *         or the offending {@code items[i]} parts
     * @throws org.springframework.security.access.AccessDeniedException when the caller may not act for the rep
     */
    @Transactional
    public QuoteView create(NewQuote request) {
        List<InvalidFieldException.FieldError> errors = new ArrayList<>();
        if (request.repId() == null || reps.find(request.repId()).isEmpty()) {
            errors.add(new InvalidFieldException.FieldError("repId", "is not a known rep"));
        }
        if (request.accountId() == null || accounts.find(request.accountId()).isEmpty()) {
            errors.add(new InvalidFieldException.FieldError("accountId", "is not a known account"));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate validUntil = request.validUntil() == null ? today.plusDays(DEFAULT_VALIDITY_DAYS) : request.validUntil();
        if (validUntil.isBefore(today)) {
            errors.add(new InvalidFieldException.FieldError("validUntil", "must not be in the past"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        access.checkRep(request.repId());
        String currency = Currencies.require(request.currency() == null ? defaultCurrency : request.currency(),
                "currency");
        PricedLines priced = pricing.price(currency, today, request.items(), "items");
        Instant now = now();
        String number = "Q-%d-%06d".formatted(now.atZone(ZoneOffset.UTC).getYear(), quotes.nextNumber());
        SalesQuote quote = quotes.save(new SalesQuote(number, request.accountId(), request.repId(), validUntil, priced,
                now));
        log(quote, "quote.created", Map.of("number", number, "total", priced.total().amount(), "currency", currency));
        return quote.toView();
    }

    /** Stores the guardrails' answer (NONE approves, MANAGER/DIRECTOR wait for a person, REFUSED rejects). */
    @Transactional
    public QuoteView submitForApproval(UUID quoteId, ApprovalLevel level, BigDecimal maxDiscountPercent) {
        return change(quoteId, q -> q.submitForApproval(level, maxDiscountPercent, now()),
                "quote.submitted-for-approval", q -> Map.of("level", level, "revision", q.getRevision()));
    }

    @Transactional
    public QuoteView approve(UUID quoteId, String by, String comment) {
        return change(quoteId, q -> q.approve(by, comment, now()), "quote.approved",
                q -> details("by", by, "comment", comment, "revision", q.getRevision()));
    }

    /** The approver rejects the quote's discounts. */
    @Transactional
    public QuoteView rejectApproval(UUID quoteId, String by, String comment) {
        return change(quoteId, q -> q.reject(by, comment, now()), "quote.approval-rejected",
                q -> details("by", by, "comment", comment, "revision", q.getRevision()));
    }

    @Transactional
    public QuoteView markSent(UUID quoteId) {
        return change(quoteId, q -> q.markSent(now()), "quote.sent", q -> Map.of("revision", q.getRevision()));
    }

    @Transactional
    public QuoteView accept(UUID quoteId) {
        return change(quoteId, q -> q.accept(now()), "quote.accepted", q -> Map.of());
    }

    /** The customer rejects the quote. */
    @Transactional
    public QuoteView reject(UUID quoteId) {
        return change(quoteId, q -> q.reject(now()), "quote.rejected", q -> Map.of());
    }

    @Transactional
    public QuoteView expire(UUID quoteId) {
        return change(quoteId, q -> q.expire(now()), "quote.expired", q -> Map.of());
    }

    @Transactional
    public QuoteView withdraw(UUID quoteId) {
        return change(quoteId, q -> q.withdraw(now()), "quote.withdrawn", q -> Map.of());
    }

    /** Re-prices the quote with new lines from today's price list; a change is a new revision in DRAFT. */
    @Transactional
    public QuoteView revise(UUID quoteId, List<LineRequest> items) {
        SalesQuote quote = load(quoteId);
        PricedLines priced = pricing.price(quote.toView().currency(), LocalDate.now(clock), items, "items");
        int before = quote.getRevision();
        QuoteStatus statusBefore = quote.getStatus();
        int after = quote.revise(priced, now());
        if (after != before || statusBefore != quote.getStatus()) {
            log(quote, "quote.revised", Map.of("revision", after, "total", priced.total().amount()));
        }
        return quotes.save(quote).toView();
    }

    /**
     * A change by the rep (or someone acting for the rep) to a quote they may see: {@link #revise} with the caller's
     * access checked.
     *
     * @throws NotFoundException when unknown or not visible
     * @throws com.salesos.platform.ConflictException when the quote is accepted, ordered or closed
     */
    @Transactional
    public QuoteView changeLines(UUID quoteId, List<LineRequest> items) {
        QuoteView quote = get(quoteId);
        access.checkRep(quote.repId());
        return revise(quoteId, items);
    }

    @Transactional
    public QuoteView markOrdered(UUID quoteId, UUID orderId) {
        return change(quoteId, q -> q.markOrdered(orderId, now()), "quote.ordered",
                q -> Map.of("orderId", orderId));
    }

    @Transactional
    public QuoteView attachProcess(UUID quoteId, long processInstanceKey) {
        return change(quoteId, q -> q.attachProcess(processInstanceKey, now()), "quote.process-started",
                q -> Map.of("processInstanceKey", processInstanceKey));
    }

    /** The quote, if the caller may see it. @throws NotFoundException when unknown or not visible */
    @Transactional(readOnly = true)
    public QuoteView get(UUID id) {
        return quotes.findById(id).filter(q -> access.canSeeRep(q.getRepId())).map(SalesQuote::toView)
                .orElseThrow(() -> new NotFoundException("Quote", id));
    }

    /** The quote, without a visibility check: for process workers and other features' services. */
    @Transactional(readOnly = true)
    public Optional<QuoteView> find(UUID id) {
        return quotes.findById(id).map(SalesQuote::toView);
    }

    /** Quotes the caller may see, newest first. */
    @Transactional(readOnly = true)
    public PageResponse<QuoteView> list(QuoteFilter filter, PageRequest page) {
        if (filter.repId() != null) {
            access.checkRep(filter.repId());
        }
        return PageResponse.of(quotes.findAll(matching(filter, access.visibleRepIds().orElse(null)),
                page.withSort(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")))), SalesQuote::toView);
    }

    /** How many quotes the rep created in [from, to) and what became of them; for KPIs. */
    @Transactional(readOnly = true)
    public QuoteCounts countsFor(UUID repId, Instant from, Instant to) {
        Map<QuoteStatus, Integer> byStatus = new java.util.EnumMap<>(QuoteStatus.class);
        quotes.countByStatus(repId, from, to).forEach(row -> byStatus.put((QuoteStatus) row[0],
                ((Long) row[1]).intValue()));
        return new QuoteCounts(byStatus.values().stream().mapToInt(Integer::intValue).sum(),
                byStatus.getOrDefault(QuoteStatus.ACCEPTED, 0), byStatus.getOrDefault(QuoteStatus.REJECTED, 0),
                byStatus.getOrDefault(QuoteStatus.EXPIRED, 0));
    }

    private QuoteView change(UUID quoteId, Function<SalesQuote, Boolean> transition, String action,
            Function<SalesQuote, Map<String, ?>> details) {
        SalesQuote quote = load(quoteId);
        if (transition.apply(quote)) {
            log(quote, action, details.apply(quote));
            quote = quotes.save(quote);
        }
        return quote.toView();
    }

    private SalesQuote load(UUID quoteId) {
        return quotes.findById(quoteId).orElseThrow(() -> new NotFoundException("Quote", quoteId));
    }

    private void log(SalesQuote quote, String action, Map<String, ?> details) {
        activity.record(action, "quote", quote.getId(), quote.getRepId(), details);
    }

    /** A details map that leaves out null values (Map.of refuses them). */
    private static Map<String, ?> details(Object... keyValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return map;
    }

    private static Specification<SalesQuote> matching(QuoteFilter filter, java.util.Set<UUID> visible) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (visible != null) {
                where.add(visible.isEmpty() ? cb.disjunction() : root.get("repId").in(visible));
            }
            if (filter.repId() != null) {
                where.add(cb.equal(root.get("repId"), filter.repId()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.accountId() != null) {
                where.add(cb.equal(root.get("accountId"), filter.accountId()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Now, to the microsecond PostgreSQL keeps, so a value read back equals the one written. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
