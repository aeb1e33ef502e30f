package com.salesos.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import com.salesos.FieldFixtures;
import com.salesos.platform.GeoPoint;
import org.junit.jupiter.api.Test;

class TimetableTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final GeoPoint HOME = new GeoPoint(48.0, 11.0);

    @Test
    void drivesThirteenRoadKilometresForTenCrowFlyKilometresInTwentyMinutes() {
        GeoPoint a = FieldFixtures.north(HOME, 10);
        Timetable.Day day = Timetable.plan(LocalDate.of(2030, 1, 15), LocalTime.of(8, 0), BERLIN, HOME,
                List.of(new Timetable.Stop(a, 30, null, null)));
        Timetable.Timing first = day.stops().get(0);
        // 10 km × 1.3 = 13 km at 40 km/h = 19.5 min, rounded up
        assertThat(first.distanceKm()).isEqualByComparingTo("13.00");
        assertThat(first.travelMinutes()).isEqualTo(20);
        assertThat(first.arrival().toLocalTime()).isEqualTo(LocalTime.of(8, 20));
        assertThat(first.departure().toLocalTime()).isEqualTo(LocalTime.of(8, 50));
        // and back home: another 20 minutes
        assertThat(day.endsAt().toLocalTime()).isEqualTo(LocalTime.of(9, 10));
        assertThat(day.distanceKm()).isEqualByComparingTo("26.00");
    }

    @Test
    void waitsForTheWindowToOpenAndStartsTheVisitThen() {
        GeoPoint a = FieldFixtures.north(HOME, 10);
        Timetable.Day day = Timetable.plan(LocalDate.of(2030, 7, 2), LocalTime.of(8, 0), BERLIN, HOME,
                List.of(new Timetable.Stop(a, 30, LocalTime.of(9, 0), LocalTime.of(11, 0))));
        Timetable.Timing first = day.stops().get(0);
        assertThat(first.waitMinutes()).isEqualTo(40);
        assertThat(first.arrival().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(first.arrival().getOffset().getTotalSeconds()).isEqualTo(7200);
    }

    @Test
    void startsAtTheFirstStopWhenTheRepHasNoHomeBase() {
        Timetable.Day day = Timetable.plan(LocalDate.of(2030, 1, 15), LocalTime.of(8, 0), BERLIN, null,
                List.of(new Timetable.Stop(HOME, 45, null, null)));
        assertThat(day.stops().get(0).arrival().toLocalTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(day.endsAt().toLocalTime()).isEqualTo(LocalTime.of(8, 45));
        assertThat(day.travelMinutes()).isZero();
    }
}
