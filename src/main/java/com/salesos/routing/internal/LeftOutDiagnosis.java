package com.salesos.routing.internal;

import com.salesos.routing.LeftOutReason;
import com.salesos.routing.LeftOutStop;
import com.salesos.routing.Stop;
import com.salesos.routing.TimeWindow;
import com.salesos.routing.TravelModel;
import com.salesos.routing.Vehicle;
import java.time.Instant;
import java.util.List;

/**
 * Says why a stop was left out by trying it alone in each vehicle's day: too heavy for every vehicle, no
 * vehicle can arrive before its windows close, none can finish it and get back within working hours, or it
 * fits alone and so lost to the other stops.
 */
public final class LeftOutDiagnosis {

    private LeftOutDiagnosis() {
    }

    public static LeftOutStop explain(ProblemModel model, Stop stop) {
        List<Vehicle> vehicles = model.vehicles();
        List<Vehicle> strongEnough = vehicles.stream().filter(v -> v.capacity() == 0 || v.capacity() >= stop.demand()).toList();
        if (strongEnough.isEmpty()) {
            return new LeftOutStop(stop.id(), LeftOutReason.OVER_CAPACITY, "its load of %d is more than any vehicle carries (at most %d)"
                    .formatted(stop.demand(), vehicles.stream().mapToInt(Vehicle::capacity).max().orElse(0)));
        }
        Instant earliestArrival = null;
        Instant earliestReturn = null;
        Vehicle returning = null;
        for (Vehicle v : strongEnough) {
            TravelModel travel = model.travelOf(v);
            Instant arrival = v.shiftStart().plus(Timeline.seconds(travel.seconds(v.start(), stop.location())));
            if (earliestArrival == null || arrival.isBefore(earliestArrival)) earliestArrival = arrival;
            for (TimeWindow w : windows(stop, arrival)) {
                if (arrival.isAfter(w.to())) continue;
                Instant start = arrival.isAfter(w.from()) ? arrival : w.from();
                Instant back = start.plus(stop.service());
                if (v.end() != null) back = back.plus(Timeline.seconds(travel.seconds(stop.location(), v.end())));
                if (!back.isAfter(v.shiftEnd())) {
                    return new LeftOutStop(stop.id(), LeftOutReason.NO_ROOM_LEFT, stop.mandatory()
                            ? "it fits on its own but not together with the other stops in the time given"
                            : "optional (priority %d): visiting it would cost more time than it is worth next to the other stops"
                                    .formatted(stop.priority()));
                }
                if (earliestReturn == null || back.isBefore(earliestReturn)) {
                    earliestReturn = back;
                    returning = v;
                }
            }
        }
        if (earliestReturn != null) {
            return new LeftOutStop(stop.id(), LeftOutReason.OVER_WORKING_DAY, "the visit would end the day at %s at the earliest, after %s's working hours end at %s"
                    .formatted(earliestReturn, returning.id(), returning.shiftEnd()));
        }
        Instant lastClose = stop.windows().stream().map(TimeWindow::to).max(Instant::compareTo).orElseThrow();
        return new LeftOutStop(stop.id(), LeftOutReason.CANNOT_FIT_TIME_WINDOW, "the earliest arrival is %s, after its time window closes at %s"
                .formatted(earliestArrival, lastClose));
    }

    private static List<TimeWindow> windows(Stop stop, Instant arrival) {
        return stop.windows().isEmpty() ? List.of(new TimeWindow(arrival, arrival)) : stop.windows();
    }
}
