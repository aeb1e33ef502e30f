package com.salesos.routes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import com.salesos.platform.GeoPoint;

/**
 * Planned times for stops kept in the given order: leave home at the start of the day, drive, wait for a stop's
 * window to open, stay the visit's minutes, drive on, and finally drive home. Without a home base the day starts
 * at the first stop.
 */
final class Timetable {

    /** One stop to time; {@code windowFrom}/{@code windowTo} are local times or both null. */
    record Stop(GeoPoint place, int visitMinutes, LocalTime windowFrom, LocalTime windowTo) {
    }

    /** The timing of one stop: distance and drive from the previous place, waiting, arrival (visit start), departure. */
    record Timing(BigDecimal distanceKm, int travelMinutes, int waitMinutes, ZonedDateTime arrival,
            ZonedDateTime departure) {
    }

    record Day(ZonedDateTime startsAt, ZonedDateTime endsAt, List<Timing> stops, BigDecimal distanceKm,
            int travelMinutes, int visitMinutes, int waitMinutes) {
    }

    private Timetable() {
    }

    static Day plan(LocalDate date, LocalTime dayStart, ZoneId zone, GeoPoint home, List<Stop> stops) {
        return plan(ZonedDateTime.of(date, dayStart, zone), home, home, stops);
    }

    /** The rest of a day: leave {@code from} (null: start at the first stop) at {@code start}, end at {@code home}. */
    static Day plan(ZonedDateTime start, GeoPoint from, GeoPoint home, List<Stop> stops) {
        LocalDate date = start.toLocalDate();
        ZoneId zone = start.getZone();
        ZonedDateTime clock = start;
        GeoPoint here = from;
        double totalKm = 0;
        int travel = 0;
        int visiting = 0;
        int waiting = 0;
        List<Timing> timings = new ArrayList<>();
        for (Stop stop : stops) {
            double km = here == null ? 0 : TravelTimes.roadKm(here, stop.place());
            int drive = TravelTimes.minutes(km);
            ZonedDateTime arrival = clock.plusMinutes(drive);
            int wait = 0;
            if (stop.windowFrom() != null) {
                ZonedDateTime opens = ZonedDateTime.of(date, stop.windowFrom(), zone);
                if (arrival.isBefore(opens)) {
                    wait = (int) Duration.between(arrival, opens).toMinutes();
                    arrival = opens;
                }
            }
            ZonedDateTime departure = arrival.plusMinutes(stop.visitMinutes());
            timings.add(new Timing(km(km), drive, wait, arrival, departure));
            totalKm += km;
            travel += drive;
            visiting += stop.visitMinutes();
            waiting += wait;
            clock = departure;
            here = stop.place();
        }
        if (home != null && here != null && here != home) {
            double km = TravelTimes.roadKm(here, home);
            int drive = TravelTimes.minutes(km);
            totalKm += km;
            travel += drive;
            clock = clock.plusMinutes(drive);
        }
        return new Day(start, clock, timings, km(totalKm), travel, visiting, waiting);
    }

    private static BigDecimal km(double km) {
        return BigDecimal.valueOf(km).setScale(2, RoundingMode.HALF_UP);
    }
}
