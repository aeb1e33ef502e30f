package com.salesos.routing.internal;

import com.salesos.routing.LunchBreak;
import com.salesos.routing.Location;
import com.salesos.routing.PlannedRoute;
import com.salesos.routing.PlannedVisit;
import com.salesos.routing.Stop;
import com.salesos.routing.TimeWindow;
import com.salesos.routing.TravelModel;
import com.salesos.routing.Vehicle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives a vehicle through stops in a given order with the travel model: arrival, waiting for the first window
 * still open, service, departure; lunch where the sequence puts it ({@link JspritSearch#LUNCH}) or, for an order
 * without it, as soon as its window opens or before the visit that would make it impossible. The planner's
 * routes and the rep's current order are timed by the same code, so their comparison is fair.
 */
public final class Timeline {

    private Timeline() {
    }

    public static PlannedRoute of(ProblemModel model, Vehicle vehicle, List<String> sequence) {
        TravelModel travel = model.travelOf(vehicle);
        LunchBreak lunch = vehicle.lunch();
        boolean placeLunch = lunch != null && !sequence.contains(JspritSearch.LUNCH);
        Instant time = vehicle.shiftStart();
        Instant lunchStart = null;
        Location here = vehicle.start();
        double distance = 0;
        Duration travelTime = Duration.ZERO;
        Duration waiting = Duration.ZERO;
        List<PlannedVisit> visits = new ArrayList<>();
        for (String id : sequence) {
            if (id.equals(JspritSearch.LUNCH)) {
                lunchStart = later(time, lunch.from());
                time = lunchStart.plus(lunch.duration());
                continue;
            }
            Stop stop = model.stop(id);
            Duration leg = seconds(travel.seconds(here, stop.location()));
            if (placeLunch && lunchStart == null && lunchDue(time, leg, stop, lunch)) {
                lunchStart = later(time, lunch.from());
                time = lunchStart.plus(lunch.duration());
            }
            Instant arrival = time.plus(leg);
            TimeWindow window = stop.windows().stream().filter(w -> !arrival.isAfter(w.to())).findFirst().orElse(null);
            boolean late = window == null && !stop.windows().isEmpty();
            Instant start = window == null ? arrival : later(arrival, window.from());
            Instant departure = start.plus(stop.service());
            visits.add(new PlannedVisit(id, arrival, start, departure, Duration.between(arrival, start), late));
            distance += travel.distance(here, stop.location());
            travelTime = travelTime.plus(leg);
            waiting = waiting.plus(Duration.between(arrival, start));
            time = departure;
            here = stop.location();
        }
        if (vehicle.end() != null) {
            Duration leg = seconds(travel.seconds(here, vehicle.end()));
            distance += travel.distance(here, vehicle.end());
            travelTime = travelTime.plus(leg);
            time = time.plus(leg);
        }
        return new PlannedRoute(vehicle.id(), vehicle.shiftStart(), time, visits, lunchStart, distance, travelTime, waiting);
    }

    /** Lunch is taken now when its window is open, or when the next visit would end after its latest start. */
    private static boolean lunchDue(Instant time, Duration leg, Stop next, LunchBreak lunch) {
        return !time.isBefore(lunch.from()) || time.plus(leg).plus(next.service()).isAfter(lunch.latestStart());
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
