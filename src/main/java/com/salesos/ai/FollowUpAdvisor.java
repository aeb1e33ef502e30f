package com.salesos.ai;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountView;
import com.salesos.visits.VisitService;
import com.salesos.visits.VisitView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advice after a logged visit for the follow-up process: the rep's own follow-up date wins; otherwise order intents
 * are chased in 2 days, other open doors in 7, a closed door is tried again in 30. Potential is the account's own,
 * else its positive-visit rate (at least 50 % HIGH, 25 % MEDIUM).
 */
@Service
public class FollowUpAdvisor {

    private final VisitService visits;
    private final AccountService accounts;
    private final FieldHistory history;

    FollowUpAdvisor(VisitService visits, AccountService accounts, FieldHistory history) {
        this.visits = visits;
        this.accounts = accounts;
        this.history = history;
    }

    /** @throws com.salesos.platform.NotFoundException when the visit is unknown or not visible */
    @Transactional(readOnly = true)
    public FollowUpAdvice afterVisit(UUID visitId) {
        VisitView visit = visits.get(visitId);
        AccountView account = accounts.get(visit.accountId());
        ZoneId zone = ZoneId.of(account.timeZone());
        String outcome = switch (visit.outcome()) {
            case ORDER_INTENT -> "ORDER_INTENT";
            case NO_INTEREST -> "NO_INTEREST";
            default -> "FOLLOW_UP";
        };
        int days = switch (outcome) {
            case "ORDER_INTENT" -> 2;
            case "NO_INTEREST" -> 30;
            default -> 7;
        };
        Instant due = visit.followUpOn() != null ? visit.followUpOn().atTime(17, 0).atZone(zone).toInstant()
                : visit.startedAt().atZone(zone).toLocalDate().plusDays(days).atTime(17, 0).atZone(zone).toInstant();
        String potential;
        String why;
        if (account.potential() != null) {
            potential = account.potential().name();
            why = "the account's potential is " + potential;
        } else {
            var past = history.visits(null, account.id(), visit.startedAt().minus(365, ChronoUnit.DAYS),
                    visit.startedAt().plusSeconds(1));
            long positive = past.stream().filter(VisitAdvisor::positive).count();
            double rate = past.isEmpty() ? 0 : (double) positive / past.size();
            potential = rate >= 0.5 ? "HIGH" : rate >= 0.25 ? "MEDIUM" : "LOW";
            why = positive + " of " + past.size() + " visits in the last year were positive";
        }
        String summary = "Visit at " + account.name() + " ended " + visit.outcome() + "; follow up by " + due
                + (visit.nextStep() == null ? "" : " (" + visit.nextStep() + ")") + "; potential " + potential + ": " + why;
        return new FollowUpAdvice(outcome, due, potential, summary);
    }
}
