package com.salesos.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.accounts.AccountFilter;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountView;
import com.salesos.ai.VisitCadence;
import com.salesos.ai.VisitPlan;
import com.salesos.ai.VisitPlanRequest;
import com.salesos.ai.VisitPlanner;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.reps.RepService;
import com.salesos.reps.RepView;
import com.salesos.reps.TerritoryService;
import com.salesos.reps.TerritoryView;
import com.salesos.routes.NewRoutePlan;
import com.salesos.routes.RoutePlanFilter;
import com.salesos.routes.RoutePlanStatus;
import com.salesos.routes.RoutePlanView;
import com.salesos.routes.RouteService;
import com.salesos.security.AccessPolicy;
import com.salesos.security.CurrentActor;
import com.salesos.visits.VisitFilter;
import com.salesos.visits.VisitService;
import com.salesos.visits.VisitView;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rep's territory map (their current territories from the GeoJSON boundaries, their accounts coloured by the
 * days since the last visit against the visit-cadence decision) and the week the AI visit planner proposes, to accept
 * day by day, loaded after the page by {@code GET /territory/week}. Managers open a team member's page with
 * {@code ?repId=}; the usual rep visibility applies (403).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class TerritoryPageController {

    private static final int PAGE = 200;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final CurrentActor currentActor;
    private final AccessPolicy access;
    private final RepService reps;
    private final TerritoryService territories;
    private final AccountService accounts;
    private final VisitService visits;
    private final VisitCadence cadence;
    private final VisitPlanner planner;
    private final RouteService routes;
    private final ObjectMapper json;
    private final Clock clock;

    TerritoryPageController(CurrentActor currentActor, AccessPolicy access, RepService reps,
            TerritoryService territories, AccountService accounts, VisitService visits, VisitCadence cadence,
            VisitPlanner planner, RouteService routes, ObjectMapper json, Clock clock) {
        this.currentActor = currentActor;
        this.access = access;
        this.reps = reps;
        this.territories = territories;
        this.accounts = accounts;
        this.visits = visits;
        this.cadence = cadence;
        this.planner = planner;
        this.routes = routes;
        this.json = json;
        this.clock = clock;
    }

    /** A working day of the week: the planner's proposal, or the plan already made for that day. */
    record DayCard(LocalDate date, VisitPlan.Day proposal, RoutePlanView plan, Map<UUID, String> times) {
    }

    @GetMapping("/territory")
    String territory(@RequestParam(required = false) UUID repId, Model model) {
        UUID id = repId != null ? repId : currentActor.get().repId();
        model.addAttribute("states", VisitState.values());
        if (id == null) {
            return "web/territory";
        }
        access.checkRep(id);
        RepView rep = reps.find(id).orElseThrow(() -> new NotFoundException("Sales rep", id));
        ZoneId zone = ZoneId.of(rep.timeZone());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        model.addAttribute("rep", rep);
        model.addAttribute("own", id.equals(currentActor.get().repId()));

        List<TerritoryView> current = rep.territories().stream()
                .filter(t -> !t.from().isAfter(today) && (t.to() == null || !t.to().isBefore(today)))
                .sorted((a, b) -> Boolean.compare(b.primary(), a.primary()))
                .map(t -> territories.find(t.territoryId())).flatMap(Optional::stream).toList();
        model.addAttribute("territories", current);
        Map<UUID, AccountView> found = new LinkedHashMap<>();
        current.forEach(t -> accounts.list(new AccountFilter(t.id(), null, null, null), PageRequest.of(0, PAGE))
                .items().stream().filter(a -> a.location() != null).forEach(a -> found.put(a.id(), a)));

        Map<UUID, LocalDate> lastVisit = lastVisits(rep.id(), zone);
        Map<String, VisitCadence.Cadence> cadences = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        List<TerritoryDrawing.Place> places = new ArrayList<>();
        for (AccountView a : found.values()) {
            VisitCadence.Cadence c = cadences.computeIfAbsent(a.tier() + "/" + a.potential(), k -> cadence.of(a));
            LocalDate last = lastVisit.get(a.id());
            Integer daysLeft = last == null ? null : (int) ChronoUnit.DAYS.between(today, last.plusDays(c.days()));
            VisitState state = VisitState.of(daysLeft);
            counts.merge(state.css(), 1, Integer::sum);
            String title = a.name() + " — " + (last == null ? "no visit on record"
                    : "last visit " + last + " (" + ChronoUnit.DAYS.between(last, today) + " days ago)")
                    + ", every " + c.days() + " days: " + dueText(daysLeft);
            places.add(new TerritoryDrawing.Place(a.id(), a.name(), a.location(), state.css(), title));
        }
        model.addAttribute("counts", counts);
        model.addAttribute("map", TerritoryDrawing.of(current.stream()
                .map(t -> new TerritoryDrawing.Outline(t.code(), t.name(), boundary(t))).toList(), places));

        return "web/territory";
    }

    /**
     * The proposed week, loaded by the page after it rendered ({@code hx-trigger="load"}): the planner routes every
     * day of the week, which takes seconds, so the map shows at once and the week follows.
     */
    @GetMapping("/territory/week")
    String week(@RequestParam UUID repId, Model model) {
        access.checkRep(repId);
        RepView rep = reps.find(repId).orElseThrow(() -> new NotFoundException("Sales rep", repId));
        ZoneId zone = ZoneId.of(rep.timeZone());
        VisitPlan week = planner.propose(new VisitPlanRequest(rep.id(), null, null, null, null));
        List<DayCard> days = new ArrayList<>();
        for (VisitPlan.Day day : week.days()) {
            RoutePlanView plan = planOf(rep.id(), day.date()).orElse(null);
            Map<UUID, String> times = new HashMap<>();
            if (plan != null) {
                plan.stops().forEach(s -> times.put(s.id(), time(s.plannedArrival(), zone)));
            } else {
                day.route().stops().forEach(s -> times.put(s.accountId(), time(s.arrival(), zone)));
            }
            days.add(new DayCard(day.date(), day, plan, times));
        }
        model.addAttribute("rep", rep);
        model.addAttribute("days", days);
        model.addAttribute("noRoom", week.noRoom());
        return "web/territory :: week";
    }

    /** Plans the day with the proposed stops in the proposed order, as {@code POST .../visit-plan/accept} does. */
    @PostMapping("/territory/accept")
    String accept(@RequestParam UUID repId, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(name = "accountId", required = false) List<UUID> accountIds, RedirectAttributes redirect) {
        access.checkRep(repId);
        if (accountIds == null || accountIds.isEmpty()) {
            throw new InvalidFieldException("accountId", "the day needs at least one stop");
        }
        RoutePlanView plan = routes.plan(new NewRoutePlan(repId, date,
                accountIds.stream().map(a -> new NewRoutePlan.NewStop(a, null, null, null)).toList()));
        redirect.addFlashAttribute("accepted", plan.date());
        return "redirect:/territory" + (repId.equals(currentActor.get().repId()) ? "" : "?repId=" + repId);
    }

    private Map<UUID, LocalDate> lastVisits(UUID repId, ZoneId zone) {
        Instant now = clock.instant();
        VisitFilter filter = new VisitFilter(repId, null, now.minus(365, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS));
        Map<UUID, LocalDate> last = new HashMap<>();
        for (int page = 0;; page++) {
            List<VisitView> items = visits.list(filter, PageRequest.of(page, PAGE)).items();
            items.forEach(v -> last.merge(v.accountId(), LocalDate.ofInstant(v.startedAt(), zone),
                    (a, b) -> a.isAfter(b) ? a : b));
            if (items.size() < PAGE) {
                return last;
            }
        }
    }

    private Optional<RoutePlanView> planOf(UUID repId, LocalDate date) {
        return routes.list(new RoutePlanFilter(repId, date, date), PageRequest.of(0, 10)).items().stream()
                .filter(p -> p.status() != RoutePlanStatus.CANCELLED).findFirst();
    }

    private JsonNode boundary(TerritoryView territory) {
        if (territory.boundary() == null) {
            return null;
        }
        try {
            return json.readTree(territory.boundary());
        } catch (JsonProcessingException e) {
            return null; // stored boundaries were validated on the way in; an unreadable one is simply not drawn
        }
    }

    private static String dueText(Integer daysLeft) {
        if (daysLeft == null || daysLeft == 0) return "due now";
        return daysLeft < 0 ? -daysLeft + " days overdue" : "due in " + daysLeft + " days";
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : HH_MM.format(instant.atZone(zone));
    }
}
