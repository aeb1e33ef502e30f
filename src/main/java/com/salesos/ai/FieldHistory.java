package com.salesos.ai;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import com.salesos.commissions.CommissionService;
import com.salesos.commissions.CommissionStatement;
import com.salesos.commissions.CommissionView;
import com.salesos.orders.OrderService;
import com.salesos.orders.OrderView;
import com.salesos.pipeline.DealService;
import com.salesos.pipeline.DealStage;
import com.salesos.pipeline.DealView;
import com.salesos.pipeline.LeadService;
import com.salesos.pipeline.LeadStatus;
import com.salesos.pipeline.LeadView;
import com.salesos.pipeline.PipelineFilter;
import com.salesos.platform.PageParams;
import com.salesos.platform.PageResponse;
import com.salesos.quotes.QuoteFilter;
import com.salesos.quotes.QuoteService;
import com.salesos.quotes.QuoteView;
import com.salesos.visits.VisitFilter;
import com.salesos.visits.VisitService;
import com.salesos.visits.VisitView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Reads the history the AI works from through the features' public services, so the caller's visibility applies:
 * a rep's advice sees their own visits and deals, a manager's the team's.
 */
@Component
class FieldHistory {

    /** Enough for a quarter of a busy team; older or further records are not needed for advice. */
    private static final int MAX_PAGES = 25;

    private final VisitService visits;
    private final DealService deals;
    private final LeadService leads;
    private final QuoteService quotes;
    private final OrderService orders;
    private final CommissionService commissions;

    FieldHistory(VisitService visits, DealService deals, LeadService leads, QuoteService quotes, OrderService orders,
            CommissionService commissions) {
        this.visits = visits;
        this.deals = deals;
        this.leads = leads;
        this.quotes = quotes;
        this.orders = orders;
        this.commissions = commissions;
    }

    /** The newest visit at the account started in [from, to), by anyone the caller sees. */
    java.util.Optional<VisitView> lastVisit(UUID accountId, Instant from, Instant to) {
        return visits.list(new VisitFilter(null, accountId, from, to), PageRequest.of(0, 1)).items().stream()
                .findFirst();
    }

    /** Quotes of a rep and/or account (null: any visible) created at or after {@code since}, newest first. */
    List<QuoteView> quotes(UUID repId, UUID accountId, Instant since) {
        return newest(page -> quotes.list(new QuoteFilter(repId, null, accountId), page), QuoteView::createdAt, since);
    }

    /** Orders of a rep (null: any visible) created at or after {@code since}, newest first. */
    List<OrderView> orders(UUID repId, Instant since) {
        return newest(page -> orders.list(repId, null, page), OrderView::createdAt, since);
    }

    /** When the account ordered (not cancelled) at or after {@code since}, by any rep, newest first. */
    List<Instant> orderTimesAt(UUID accountId, Instant since) {
        return orders.orderTimesOfAccount(accountId, since);
    }

    /** The rep's commissions of the periods {@code from} to {@code to}. */
    List<CommissionView> commissions(UUID repId, YearMonth from, YearMonth to) {
        List<CommissionView> found = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            CommissionStatement statement = commissions.statement(repId, from, to,
                    PageParams.of(page, PageParams.MAX_SIZE, Sort.unsorted()));
            found.addAll(statement.items());
            if ((long) (page + 1) * PageParams.MAX_SIZE >= statement.total()) break;
        }
        return found;
    }

    /** Visits newest first, of a rep and/or account (null: any visible) started in [from, to). */
    List<VisitView> visits(UUID repId, UUID accountId, Instant from, Instant to) {
        return all(page -> visits.list(new VisitFilter(repId, accountId, from, to), page), v -> true);
    }

    List<DealView> deals(UUID repId, Predicate<DealView> keep) {
        return all(page -> deals.list(new PipelineFilter<DealStage>(repId, null, null), page), keep);
    }

    List<LeadView> leads(UUID repId, LeadStatus status) {
        return all(page -> leads.list(new PipelineFilter<>(repId, status, null), page), l -> true);
    }

    /** Pages through a newest-first list until the records get older than {@code since}. */
    private static <T> List<T> newest(java.util.function.Function<PageRequest, PageResponse<T>> query,
            java.util.function.Function<T, Instant> created, Instant since) {
        List<T> found = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            PageResponse<T> result = query.apply(PageParams.of(page, PageParams.MAX_SIZE, Sort.unsorted()));
            for (T item : result.items()) {
                if (created.apply(item).isBefore(since)) return found;
                found.add(item);
            }
            if ((long) (page + 1) * PageParams.MAX_SIZE >= result.total()) break;
        }
        return found;
    }

    private static <T> List<T> all(java.util.function.Function<PageRequest, PageResponse<T>> query, Predicate<T> keep) {
        List<T> found = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            PageResponse<T> result = query.apply(PageParams.of(page, PageParams.MAX_SIZE, Sort.unsorted()));
            result.items().stream().filter(keep).forEach(found::add);
            if ((long) (page + 1) * PageParams.MAX_SIZE >= result.total()) break;
        }
        return found;
    }
}
