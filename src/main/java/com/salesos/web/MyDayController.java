package com.salesos.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.salesos.accounts.AccountService;
import com.salesos.ai.RouteOptimizationRequest;
import com.salesos.ai.RouteOptimizationRuns;
import com.salesos.platform.ConflictException;
import com.salesos.platform.GeoPoint;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.routes.RoutePlanFilter;
import com.salesos.routes.RoutePlanStatus;
import com.salesos.routes.RoutePlanView;
import com.salesos.routes.RouteService;
import com.salesos.routes.RouteStopStatus;
import com.salesos.security.Actor;
import com.salesos.security.CurrentActor;
import com.salesos.visits.NewVisit;
import com.salesos.visits.VisitOutcome;
import com.salesos.visits.VisitService;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My day: today's route plan (today in the plan's own zone) drawn from the stops' coordinates, the next stop, a
 * visit logged from a stop with one tap on its outcome, and the route re-optimised as a polled background run.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class MyDayController {

    private static final int SEARCH_SECONDS = 5;
    private static final int MAX_NOTE = 4000;

    private final CurrentActor currentActor;
    private final RouteService routes;
    private final AccountService accounts;
    private final VisitService visits;
    private final RouteOptimizationRuns runs;
    private final Clock clock;

    MyDayController(CurrentActor currentActor, RouteService routes, AccountService accounts, VisitService visits,
            RouteOptimizationRuns runs, Clock clock) {
        this.currentActor = currentActor;
        this.routes = routes;
        this.accounts = accounts;
        this.visits = visits;
        this.runs = runs;
        this.clock = clock;
    }

    @GetMapping("/my-day")
    String myDay(Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("isRep", actor.repId() != null);
        model.addAttribute("outcomes", VisitOutcome.values());
        Optional<RoutePlanView> today = actor.repId() == null ? Optional.empty() : todaysPlan(actor.repId());
        today.ifPresent(plan -> {
            UUID next = plan.stops().stream().filter(s -> s.status() == RouteStopStatus.PLANNED)
                    .min(Comparator.comparingInt(RoutePlanView.Stop::sequence)).map(RoutePlanView.Stop::id).orElse(null);
            Map<UUID, GeoPoint> locations = new HashMap<>();
            plan.stops().forEach(s -> accounts.find(s.accountId()).filter(a -> a.location() != null)
                    .ifPresent(a -> locations.put(s.accountId(), a.location())));
            ZoneId zone = ZoneId.of(plan.timeZone());
            model.addAttribute("plan", plan);
            model.addAttribute("next", next);
            model.addAttribute("drawing", RouteDrawing.of(plan, locations, next));
            Map<UUID, String> labels = new HashMap<>();
            plan.stops().forEach(s -> labels.put(s.id(), RouteDrawing.label(s, zone)));
            model.addAttribute("labels", labels);
        });
        return "web/my-day";
    }

    /** Logs the visit at a stop of today's plan: the outcome tapped, the optional note. */
    @PostMapping("/my-day/stops/{stopId}/visit")
    String logVisit(@PathVariable UUID stopId, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        Actor actor = currentActor.get();
        RoutePlanView.Stop stop = (actor.repId() == null ? Optional.<RoutePlanView>empty() : todaysPlan(actor.repId()))
                .flatMap(p -> p.stops().stream().filter(s -> s.id().equals(stopId)).findFirst())
                .orElseThrow(() -> new NotFoundException("Route stop", stopId));
        try {
            VisitOutcome result = parseOutcome(outcome);
            Instant now = clock.instant();
            List<NewVisit.Note> notes = note == null || note.isBlank() ? null
                    : List.of(new NewVisit.Note(checkedNote(note), null));
            visits.log(new NewVisit(actor.repId(), stop.accountId(), stopId,
                    now.minus(Duration.ofMinutes(stop.visitMinutes())), now, result, null, null, notes));
            redirect.addFlashAttribute("logged", stop.accountName() + ": " + result);
        } catch (InvalidFieldException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("errorStop", stopId);
        }
        return "redirect:/my-day";
    }

    @PostMapping("/my-day/optimize")
    String optimize(@RequestParam UUID planId) {
        RoutePlanView plan = routes.get(planId);
        var run = runs.start(new RouteOptimizationRequest(null, null, plan.id(), null, null, null, SEARCH_SECONDS,
                false, null));
        return "redirect:/my-day/optimize/" + run.id();
    }

    @GetMapping("/my-day/optimize/{runId}")
    String optimization(@PathVariable UUID runId, Model model) {
        model.addAttribute("run", runs.view(runId));
        model.addAttribute("seconds", SEARCH_SECONDS);
        return "web/optimize";
    }

    @PostMapping("/my-day/optimize/{runId}/apply")
    String apply(@PathVariable UUID runId, RedirectAttributes redirect) {
        runs.applyResult(runId);
        redirect.addFlashAttribute("optimized", true);
        return "redirect:/my-day";
    }

    private Optional<RoutePlanView> todaysPlan(UUID repId) {
        LocalDate utcToday = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return routes.list(new RoutePlanFilter(repId, utcToday.minusDays(1), utcToday.plusDays(1)), PageRequest.of(0, 10))
                .items().stream()
                .filter(p -> p.status() != RoutePlanStatus.CANCELLED)
                .filter(p -> p.date().equals(LocalDate.now(clock.withZone(ZoneId.of(p.timeZone())))))
                .findFirst();
    }

    private static VisitOutcome parseOutcome(String outcome) {
        try {
            return VisitOutcome.valueOf(outcome == null ? "" : outcome);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("outcome", "choose how the visit ended");
        }
    }

    private static String checkedNote(String note) {
        if (note.length() > MAX_NOTE) {
            throw new InvalidFieldException("note", "must be at most " + MAX_NOTE + " characters");
        }
        return note.strip();
    }
}
