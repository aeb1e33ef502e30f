package com.salesos.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.salesos.ai.InsightFilter;
import com.salesos.ai.InsightService;
import com.salesos.kpi.KpiService;
import com.salesos.kpi.KpiSnapshotView;
import com.salesos.pipeline.DealService;
import com.salesos.pipeline.DealStage;
import com.salesos.pipeline.DealView;
import com.salesos.pipeline.PipelineFilter;
import com.salesos.platform.Money;
import com.salesos.security.AccessPolicy;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The manager's dashboard: the team's KPIs over time from the KPI snapshots (charted with uPlot), the pipeline by
 * stage, and the AI insights still to acknowledge. The team is whoever the caller may see ({@link AccessPolicy}).
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'SALES_OPS', 'ADMIN')")
class TeamDashboardController {

    private static final int DEAL_PAGE = 500;
    private static final int INSIGHTS = 20;

    /** The team's figures for one period: sums over the reps, rates as the mean of the reps' (null when none). */
    record Period(LocalDate start, LocalDate end, int reps, int visits, int quotes, int orders, Money revenue,
            BigDecimal winRate, BigDecimal quotaAttainment) {
    }

    /** Open deals in a stage; {@code amount} is null when the stage has more deals than one page holds. */
    record Stage(DealStage stage, long count, Money amount) {
    }

    private final AccessPolicy policy;
    private final KpiService kpis;
    private final DealService deals;
    private final InsightService insights;
    private final Clock clock;

    TeamDashboardController(AccessPolicy policy, KpiService kpis, DealService deals, InsightService insights,
            Clock clock) {
        this.policy = policy;
        this.kpis = kpis;
        this.deals = deals;
        this.insights = insights;
        this.clock = clock;
    }

    @GetMapping("/team")
    String dashboard(Model model) {
        Set<UUID> team = policy.visibleRepIds().orElse(null);
        model.addAttribute("everyone", team == null);
        // the last year's periods, the current one too although it ends later
        LocalDate today = LocalDate.now(clock);
        List<Period> periods = team == null ? List.of() : periods(team, today.minusYears(1), today.plusYears(1))
                .stream().filter(p -> !p.start().isAfter(today)).toList();
        model.addAttribute("periods", periods);
        model.addAttribute("chart", chart(periods));
        model.addAttribute("stages", stages());
        model.addAttribute("insights", insights.list(new InsightFilter(null, null, null, null, false),
                PageRequest.of(0, INSIGHTS)));
        return "web/team";
    }

    @PostMapping("/team/insights/{id}/acknowledge")
    String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
        insights.acknowledge(id);
        redirect.addFlashAttribute("acknowledged", true);
        return "redirect:/team";
    }

    private List<Period> periods(Set<UUID> team, LocalDate from, LocalDate to) {
        Map<LocalDate, List<KpiSnapshotView>> byStart = new TreeMap<>();
        team.forEach(rep -> kpis.snapshots(rep, from, to)
                .forEach(s -> byStart.computeIfAbsent(s.periodStart(), k -> new ArrayList<>()).add(s)));
        List<Period> periods = new ArrayList<>();
        byStart.forEach((start, snapshots) -> {
            String currency = snapshots.get(0).revenue().currency();
            Money revenue = snapshots.stream().map(KpiSnapshotView::revenue).filter(m -> m.currency().equals(currency))
                    .reduce(Money.zero(currency), Money::plus);
            periods.add(new Period(start, snapshots.get(0).periodEnd(), snapshots.size(),
                    snapshots.stream().mapToInt(KpiSnapshotView::visits).sum(),
                    snapshots.stream().mapToInt(KpiSnapshotView::quotes).sum(),
                    snapshots.stream().mapToInt(KpiSnapshotView::orders).sum(), revenue,
                    mean(snapshots.stream().map(KpiSnapshotView::winRate).toList()),
                    mean(snapshots.stream().map(KpiSnapshotView::quotaAttainment).toList())));
        });
        return periods;
    }

    /** Columns for uPlot: x as epoch seconds of the period start, then one series per figure (null = gap). */
    private static Map<String, Object> chart(List<Period> periods) {
        List<Long> x = new ArrayList<>();
        List<Integer> visits = new ArrayList<>();
        List<BigDecimal> revenue = new ArrayList<>();
        List<BigDecimal> winRate = new ArrayList<>();
        List<BigDecimal> attainment = new ArrayList<>();
        for (Period p : periods) {
            x.add(p.start().toEpochDay() * 86_400);
            visits.add(p.visits());
            revenue.add(p.revenue().amount());
            winRate.add(p.winRate());
            attainment.add(p.quotaAttainment());
        }
        return Map.of("x", x, "visits", visits, "revenue", revenue, "winRate", winRate, "quotaAttainment", attainment,
                "currency", periods.isEmpty() ? "" : periods.get(0).revenue().currency());
    }

    private List<Stage> stages() {
        List<Stage> stages = new ArrayList<>();
        for (DealStage stage : DealStage.values()) {
            var page = deals.list(new PipelineFilter<>(null, stage, null), PageRequest.of(0, DEAL_PAGE));
            Money amount = null;
            if (page.total() <= DEAL_PAGE && !page.items().isEmpty()) {
                String currency = page.items().get(0).amount().currency();
                boolean one = page.items().stream().allMatch(d -> d.amount().currency().equals(currency));
                amount = one ? page.items().stream().map(DealView::amount).reduce(Money.zero(currency), Money::plus)
                        : null;
            }
            stages.add(new Stage(stage, page.total(), amount));
        }
        return stages;
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        List<BigDecimal> known = values.stream().filter(Objects::nonNull).toList();
        if (known.isEmpty()) {
            return null;
        }
        return known.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(known.size()), 1, RoundingMode.HALF_UP);
    }
}
