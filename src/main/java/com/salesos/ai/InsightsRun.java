package com.salesos.ai;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.salesos.platform.PageParams;
import com.salesos.platform.PageResponse;
import com.salesos.reps.RepFilter;
import com.salesos.reps.RepStatus;
import com.salesos.reps.RepService;
import com.salesos.reps.RepView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The weekly insights run: performance insights for every active rep over a period (by default last week, Monday to
 * Sunday), each rep in its own transaction, acting as sales ops. Findings are stored once per subject and period, so
 * running the same period again stores and publishes nothing new. Meant for a Quartz schedule and the
 * {@code ai.insights-run} job worker.
 */
@Service
public class InsightsRun {

    private static final Logger log = LoggerFactory.getLogger(InsightsRun.class);

    /** What a run did: reps analysed, insights stored now, findings already known, reps that failed. */
    public record Outcome(LocalDate from, LocalDate to, int reps, int stored, int alreadyKnown, List<UUID> failed) {
    }

    private final RepService reps;
    private final PerformanceAnalyst analyst;
    private final Clock clock;

    InsightsRun(RepService reps, PerformanceAnalyst analyst, Clock clock) {
        this.reps = reps;
        this.analyst = analyst;
        this.clock = clock;
    }

    /** Last week, Monday to Sunday (UTC), as of now. */
    LocalDate[] lastWeek() {
        LocalDate monday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        return new LocalDate[] { monday, monday.plusDays(6) };
    }

    /**
     * @param from first day; {@code to} last day (inclusive); both null for last week
     * @throws com.salesos.platform.InvalidFieldException naming {@code from} or {@code to} for a bad period
     */
    public Outcome runForAllReps(LocalDate from, LocalDate to) {
        LocalDate[] week = lastWeek();
        LocalDate start = from == null ? week[0] : from;
        LocalDate end = to == null ? week[1] : to;
        return SystemCaller.call(() -> {
            int count = 0;
            int stored = 0;
            int known = 0;
            List<UUID> failed = new ArrayList<>();
            for (RepView rep : activeReps()) {
                try {
                    PerformanceInsights.Recorded recorded = analyst.analyse(new PerformanceInsightsRequest(rep.id(),
                            null, null, start, end)).recorded();
                    stored += recorded.stored();
                    known += recorded.alreadyKnown();
                    count++;
                } catch (com.salesos.platform.InvalidFieldException e) {
                    throw e;
                } catch (RuntimeException e) {
                    log.warn("Insights run: rep {} failed; the others go on", rep.id(), e);
                    failed.add(rep.id());
                }
            }
            log.info("Insights run {} to {}: {} reps, {} insights stored, {} known already, {} failed", start, end,
                    count, stored, known, failed.size());
            return new Outcome(start, end, count, stored, known, failed);
        });
    }

    private List<RepView> activeReps() {
        List<RepView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageResponse<RepView> found = reps.list(new RepFilter(null, RepStatus.ACTIVE, null),
                    PageParams.of(page, PageParams.MAX_SIZE, Sort.unsorted()));
            all.addAll(found.items());
            if ((long) (page + 1) * PageParams.MAX_SIZE >= found.total()) {
                return all;
            }
        }
    }
}
