package com.salesos.routes;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountView;
import com.salesos.activity.ActivityLog;
import com.salesos.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a rep's day at its end: the stops not visited are skipped and answered, so that the daily route process
 * turns each into a follow-up task. Closing twice answers the same stops and logs once.
 */
@Service
public class RouteDayClosing {

    /** A stop the rep did not visit that day. */
    public record MissedStop(UUID stopId, UUID accountId, String accountName, int sequence) {
    }

    private final SalesRoutePlans plans;
    private final AccountService accounts;
    private final ActivityLog activity;

    RouteDayClosing(SalesRoutePlans plans, AccountService accounts, ActivityLog activity) {
        this.plans = plans;
        this.accounts = accounts;
        this.activity = activity;
    }

    /** @throws NotFoundException when no plan has this id */
    @Transactional
    public List<MissedStop> closeDay(UUID planId) {
        SalesRoutePlan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("Route plan", planId));
        boolean open = plan.toView(Map.of()).status() != RoutePlanStatus.COMPLETED;
        List<MissedStop> missed = plan.closeDay().stream().map(s -> new MissedStop(s.getId(), s.getAccountId(),
                accounts.find(s.getAccountId()).map(AccountView::name).orElse(null), s.sequence())).toList();
        if (open) {
            activity.record("route-plan.day-closed", "route-plan", plan.getId(), plan.getRepId(),
                    Map.of("unvisitedStops", missed.size()));
        }
        return missed;
    }
}
