package com.salesos.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class WorkingDaysTextTests {

    @Test
    void namesARunOfDaysByItsEnds() {
        assertThat(RouteStartSchedule.days(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)))
                .isEqualTo("Monday to Friday");
    }

    @Test
    void listsDaysThatAreNoRun() {
        assertThat(RouteStartSchedule.days(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)))
                .isEqualTo("Monday, Wednesday, Friday");
        assertThat(RouteStartSchedule.days(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY)))
                .isEqualTo("Monday, Tuesday");
    }
}
