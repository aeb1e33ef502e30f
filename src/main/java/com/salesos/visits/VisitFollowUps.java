package com.salesos.visits;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountView;
import com.salesos.quotes.DraftQuotes;
import com.salesos.reps.RepService;
import com.salesos.reps.RepView;
import com.salesos.security.UserService;
import com.salesos.workflow.Workflow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code visit-follow-up} process of each logged visit: started once per visit after the visit's transaction
 * committed (a rolled-back visit starts nothing), and the one draft quote it may open for the visit.
 */
@Component
class VisitFollowUps {

    static final String PROCESS = "visit-follow-up";

    private final JdbcClient jdbc;
    private final Workflow workflow;
    private final RepService reps;
    private final AccountService accounts;
    private final UserService users;
    private final DraftQuotes drafts;
    private final Clock clock;

    VisitFollowUps(JdbcClient jdbc, Workflow workflow, RepService reps, AccountService accounts, UserService users,
            DraftQuotes drafts, Clock clock) {
        this.jdbc = jdbc;
        this.workflow = workflow;
        this.reps = reps;
        this.accounts = accounts;
        this.users = users;
        this.drafts = drafts;
        this.clock = clock;
    }

    /** Runs after the visit committed, in its own transaction; the event registry retries it after a crash. */
    @ApplicationModuleListener
    void on(VisitLogged visit) {
        if (!claim(visit.visitId())) {
            return; // started already (a republished event)
        }
        AccountView account = accounts.get(visit.accountId());
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("visitId", visit.visitId().toString());
        variables.put("accountId", visit.accountId().toString());
        variables.put("accountTier", account.tier().name());
        variables.putAll(repVariables(visit.repId()));
        long key = workflow.start(PROCESS, variables, "visit/" + visit.visitId());
        jdbc.sql("update visit_follow_up set process_instance_key = :key where visit_id = :visit")
                .param("key", key).param("visit", visit.visitId()).update();
    }

    /**
     * {@code repId}, {@code repUsername} and {@code managerRepId} as the process reads them; the last two are null
     * for a rep without a sign-in or a manager (the overdue task then goes to sales ops).
     */
    Map<String, Object> repVariables(UUID repId) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("repId", repId.toString());
        variables.put("repUsername", users.findByRepId(repId).map(UserService.UserView::username).orElse(null));
        variables.put("managerRepId", reps.find(repId).map(RepView::managerId).map(UUID::toString).orElse(null));
        return variables;
    }

    /**
     * The draft quote of the visit, created on the first call: a job that runs twice finds the first one.
     *
     * @return the draft quote's id
     */
    @Transactional
    UUID draftQuote(UUID visitId, UUID repId, UUID accountId) {
        claim(visitId);
        UUID existing = jdbc.sql("select quote_id from visit_follow_up where visit_id = :visit for update")
                .param("visit", visitId).query(UUID.class).optional().orElse(null);
        if (existing != null) {
            return existing;
        }
        UUID quoteId = drafts.createDraft(repId, accountId, "visit/" + visitId).id();
        jdbc.sql("update visit_follow_up set quote_id = :quote where visit_id = :visit")
                .param("quote", quoteId).param("visit", visitId).update();
        return quoteId;
    }

    /** What the visit's follow-up is: its process instance and draft quote, when there are any. */
    @Transactional(readOnly = true)
    Optional<VisitFollowUpView> of(UUID visitId) {
        return jdbc.sql("select process_instance_key, quote_id, started_at from visit_follow_up where visit_id = :visit")
                .param("visit", visitId)
                .query((rs, n) -> new VisitFollowUpView(visitId, (Long) rs.getObject("process_instance_key"),
                        rs.getObject("quote_id", UUID.class), rs.getObject("started_at", OffsetDateTime.class)
                                .toInstant()))
                .optional();
    }

    private boolean claim(UUID visitId) {
        return jdbc.sql("insert into visit_follow_up (visit_id, started_at) values (:visit, :at) on conflict do nothing")
                .param("visit", visitId).param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update() == 1;
    }
}
