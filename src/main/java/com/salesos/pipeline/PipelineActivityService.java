package com.salesos.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.salesos.activity.ActivityLog;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.Money;
import com.salesos.reps.RepService;
import com.salesos.security.AccessPolicy;
import com.salesos.security.TeamDirectory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pipeline-activity view of one rep, a manager's team, or everyone the caller sees. */
@Service
public class PipelineActivityService {

    private static final Set<UUID> NOBODY = Set.of(new UUID(0, 0));

    private final Deals deals;
    private final Leads leads;
    private final ActivityLog activity;
    private final RepService reps;
    private final TeamDirectory teams;
    private final AccessPolicy access;

    PipelineActivityService(Deals deals, Leads leads, ActivityLog activity, RepService reps, TeamDirectory teams,
            AccessPolicy access) {
        this.deals = deals;
        this.leads = leads;
        this.activity = activity;
        this.reps = reps;
        this.teams = teams;
        this.access = access;
    }

    /**
     * @param repId one rep, or null
     * @param teamOf a manager whose team (and the manager) to cover, or null; with neither, every rep the caller sees
     * @param from first UTC day; {@code to} last UTC day, inclusive
     * @throws InvalidFieldException naming {@code teamOf} when both are given or the rep is unknown, {@code repId}
     *         when unknown
     * @throws org.springframework.security.access.AccessDeniedException for reps the caller may not see
     */
    @Transactional(readOnly = true)
    public PipelineActivity of(UUID repId, UUID teamOf, LocalDate from, LocalDate to, PageRequest page) {
        if (repId != null && teamOf != null) {
            throw new InvalidFieldException("teamOf", "give either repId or teamOf");
        }
        Set<UUID> repIds;
        if (repId != null) {
            requireRep(repId, "repId");
            repIds = Set.of(repId);
        } else if (teamOf != null) {
            requireRep(teamOf, "teamOf");
            repIds = new LinkedHashSet<>(teams.teamOf(teamOf));
            repIds.add(teamOf);
        } else {
            repIds = access.visibleRepIds().orElse(null);
        }
        if (repIds != null) {
            repIds.forEach(access::checkRep);
        }
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        boolean all = repIds == null;
        Collection<UUID> ids = all || repIds.isEmpty() ? NOBODY : repIds;
        var entries = activity.find(all ? null : ids, start, end, page);
        return new PipelineActivity(all ? null : List.copyOf(repIds), from, to, entries,
                new PipelineActivity.Pipeline(dealFigures(deals.sumByStage(all, ids, start, end)),
                        leadFigures(leads.countByStatus(all, ids, start, end))));
    }

    private void requireRep(UUID id, String field) {
        if (reps.find(id).isEmpty()) {
            throw new InvalidFieldException(field, "is not a known rep");
        }
    }

    /** Every stage appears, in pipeline order, with zero when empty. */
    private static List<PipelineActivity.StageFigure> dealFigures(List<Object[]> rows) {
        Map<DealStage, long[]> counts = new EnumMap<>(DealStage.class);
        Map<DealStage, List<Money>> amounts = new EnumMap<>(DealStage.class);
        for (Object[] row : rows) {
            DealStage stage = (DealStage) row[0];
            counts.computeIfAbsent(stage, s -> new long[1])[0] += (Long) row[2];
            amounts.computeIfAbsent(stage, s -> new ArrayList<>()).add(new Money((BigDecimal) row[3], (String) row[1]));
        }
        return Arrays.stream(DealStage.values()).map(s -> new PipelineActivity.StageFigure(s,
                counts.getOrDefault(s, new long[1])[0], amounts.getOrDefault(s, List.of()).stream()
                        .sorted(java.util.Comparator.comparing(Money::currency)).toList())).toList();
    }

    private static List<PipelineActivity.StatusFigure> leadFigures(List<Object[]> rows) {
        Map<LeadStatus, Long> counts = new EnumMap<>(LeadStatus.class);
        rows.forEach(row -> counts.put((LeadStatus) row[0], (Long) row[1]));
        return Arrays.stream(LeadStatus.values())
                .map(s -> new PipelineActivity.StatusFigure(s, counts.getOrDefault(s, 0L))).toList();
    }
}
