package com.salesos.ai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.salesos.ai.PerformanceInsights.Finding;
import com.salesos.ai.PerformanceInsights.RepPerformance;
import com.salesos.ai.PerformanceInsights.Scope;
import com.salesos.platform.InvalidFieldException;
import com.salesos.reps.RepService;
import com.salesos.reps.RepView;
import com.salesos.reps.TerritoryService;
import com.salesos.reps.TerritoryView;
import com.salesos.security.AccessPolicy;
import com.salesos.security.TeamDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Performance insights for a rep, a manager's team or a territory: each rep's analysis, the gaps of the territories
 * they cover, and the findings worth keeping, which are stored as insights once per subject and period (and
 * published as {@code insight.created}) in the same transaction. A rep asks for themselves, a manager for their
 * team, sales ops and admins for anyone; a territory needs every rep who covers it to be visible to the caller.
 */
@Service
public class PerformanceAnalyst {

    /** The longest period one request may cover, in days. */
    static final int MAX_DAYS = 366;

    private final RepService reps;
    private final TerritoryService territories;
    private final AccessPolicy access;
    private final TeamDirectory teams;
    private final RepPerformanceAnalysis analysis;
    private final TerritoryGapFinder gaps;
    private final InsightService insights;
    private final Narrator narrator;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PerformanceAnalyst(RepService reps, TerritoryService territories, AccessPolicy access, TeamDirectory teams,
            RepPerformanceAnalysis analysis, TerritoryGapFinder gaps, InsightService insights, Narrator narrator,
            TransactionTemplate transaction, Clock clock) {
        this.reps = reps;
        this.territories = territories;
        this.access = access;
        this.teams = teams;
        this.analysis = analysis;
        this.gaps = gaps;
        this.insights = insights;
        this.narrator = narrator;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * @throws InvalidFieldException naming {@code repId} (none or several of repId, teamOf and territoryId given, or
     *         an unknown rep), {@code teamOf}, {@code territoryId} when unknown, {@code to} or {@code from} for a bad period
     * @throws org.springframework.security.access.AccessDeniedException for reps the caller may not see
     */
    public PerformanceInsights analyse(PerformanceInsightsRequest request) {
        PerformanceInsights plain = transaction.execute(status -> analyseAndRecord(request));
        // the narrator is a remote call that may take seconds: outside the transaction
        String narrative = narrator.rephrase(plain.summary()).orElse(null);
        return narrative == null ? plain : new PerformanceInsights(plain.scope(), plain.from(), plain.to(),
                plain.reps(), plain.territoryGaps(), plain.findings(), plain.recorded(), plain.summary(), narrative);
    }

    private PerformanceInsights analyseAndRecord(PerformanceInsightsRequest request) {
        int given = (request.repId() == null ? 0 : 1) + (request.teamOf() == null ? 0 : 1)
                + (request.territoryId() == null ? 0 : 1);
        if (given != 1) {
            throw new InvalidFieldException("repId", "give exactly one of repId, teamOf or territoryId");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate to = request.to() == null ? today : request.to();
        LocalDate from = request.from() == null
                ? to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(4) : request.from();
        if (to.isAfter(today)) {
            throw new InvalidFieldException("to", "must not be after today (" + today + ")");
        }
        if (from.isAfter(to)) {
            throw new InvalidFieldException("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidFieldException("from", "the period may cover at most " + MAX_DAYS + " days");
        }

        Scope scope;
        List<RepView> covered = new ArrayList<>();
        Set<UUID> territoryIds = new LinkedHashSet<>();
        if (request.repId() != null) {
            RepView rep = known(request.repId(), "repId");
            access.checkRep(rep.id());
            covered.add(rep);
            scope = new Scope("REP", rep.id(), rep.displayName(), List.of(rep.id()));
        } else if (request.teamOf() != null) {
            RepView manager = known(request.teamOf(), "teamOf");
            access.checkRep(manager.id());
            teams.teamOf(manager.id()).stream().sorted().forEach(id -> {
                access.checkRep(id);
                reps.find(id).ifPresent(covered::add);
            });
            scope = new Scope("TEAM", manager.id(), "team of " + manager.displayName(),
                    covered.stream().map(RepView::id).toList());
        } else {
            TerritoryView territory = territories.find(request.territoryId())
                    .orElseThrow(() -> new InvalidFieldException("territoryId", "is not a known territory"));
            for (UUID id : reps.repsCovering(territory.id(), today)) {
                access.checkRep(id);
                reps.find(id).ifPresent(covered::add);
            }
            territoryIds.add(territory.id());
            scope = new Scope("TERRITORY", territory.id(), territory.code() + " " + territory.name(),
                    covered.stream().map(RepView::id).toList());
        }
        if (request.territoryId() == null) {
            covered.forEach(r -> r.territories().stream().filter(t -> TerritoryGapFinder.active(t, today))
                    .forEach(t -> territoryIds.add(t.territoryId())));
        }

        List<RepPerformance> performances = covered.stream().map(r -> analysis.analyse(r, from, to, now)).toList();
        TerritoryGapFinder.Result territoryGaps = gaps.find(territoryIds, today);
        List<Finding> findings = PerformanceFindings.of(performances, territoryGaps);
        String period = from + "/" + to;
        int stored = 0;
        for (Finding f : findings) {
            // an insight holds 4000 characters; a long list of reasons is cut, the evidence keeps them all
            String explanation = f.explanation().length() <= 4000 ? f.explanation()
                    : f.explanation().substring(0, 3997) + "...";
            if (insights.recordOnce(new NewInsight(f.type(), f.subjectType(), f.subjectId(), f.repId(), f.score(),
                    explanation, f.evidence()), period).isPresent()) {
                stored++;
            }
        }
        String summary = PerformanceFindings.summary(scope, from, to, performances, territoryGaps.gaps(), findings);
        return new PerformanceInsights(scope, from, to, performances, territoryGaps.gaps(), findings,
                new PerformanceInsights.Recorded(stored, findings.size() - stored), summary, null);
    }

    private RepView known(UUID id, String field) {
        return reps.find(id).orElseThrow(() -> new InvalidFieldException(field, "is not a known rep"));
    }

    static BigDecimal score(double value) {
        return BigDecimal.valueOf(Math.max(0, Math.min(1, value))).setScale(2, RoundingMode.HALF_UP);
    }
}
