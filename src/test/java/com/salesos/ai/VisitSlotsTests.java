package com.salesos.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class VisitSlotsTests {

    @Test
    void findsThePlantedBestSlotInASyntheticHistory() {
        // twelve weeks, every weekday at 09:00 and 15:00; Thursday mornings go well 80 % of the time, the rest 20 %
        Random random = new Random(7);
        List<VisitSlots.Outcome> history = new ArrayList<>();
        for (int week = 0; week < 12; week++) {
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                for (int hour : new int[] { 9, 15 }) {
                    boolean best = day == DayOfWeek.THURSDAY && hour == 9;
                    history.add(new VisitSlots.Outcome(day, hour, random.nextInt(100) < (best ? 80 : 20)));
                }
            }
        }
        VisitSlots.Slot top = VisitSlots.rank(history, 0.3, (d, t) -> true).get(0);
        assertThat(top.day()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(top.from()).isEqualTo(LocalTime.of(8, 0));
        assertThat(top.visits()).isEqualTo(12);
        assertThat(top.rate()).isGreaterThan(0.55);
    }

    @Test
    void oneLuckyVisitDoesNotOutrankTenMostlyGoodOnes() {
        // one positive Monday 14:00 visit against eight positive of ten on Wednesdays at 10:00
        List<VisitSlots.Outcome> history = new ArrayList<>();
        history.add(new VisitSlots.Outcome(DayOfWeek.MONDAY, 14, true));
        for (int i = 0; i < 10; i++) {
            history.add(new VisitSlots.Outcome(DayOfWeek.WEDNESDAY, 10, i < 8));
        }
        List<VisitSlots.Slot> ranked = VisitSlots.rank(history, 0.3, (d, t) -> true);
        VisitSlots.Slot monday = slot(ranked, DayOfWeek.MONDAY, 14);
        VisitSlots.Slot wednesday = slot(ranked, DayOfWeek.WEDNESDAY, 10);
        assertThat(ranked.indexOf(wednesday)).isLessThan(ranked.indexOf(monday));
        // smoothed: account (9 + 4 × 0.3) / 15 = 0.68; the lucky slot (1 + 4 × 0.68) / 5 = 0.744, not 100 %
        assertThat(monday.rate()).isCloseTo(0.744, org.assertj.core.data.Offset.offset(0.001));
        assertThat(wednesday.rate()).isCloseTo((8 + 4 * 0.68) / 14, org.assertj.core.data.Offset.offset(0.001));
    }

    private static VisitSlots.Slot slot(List<VisitSlots.Slot> ranked, DayOfWeek day, int hour) {
        return ranked.stream().filter(s -> s.day() == day && s.from().getHour() <= hour && s.to().getHour() > hour)
                .findFirst().orElseThrow();
    }

    @Test
    void offersOnlySlotsWhenTheAccountIsOpen() {
        List<VisitSlots.Slot> ranked = VisitSlots.rank(List.of(), 0.3,
                (d, t) -> d == DayOfWeek.TUESDAY && t.getHour() >= 12);
        assertThat(ranked).extracting(VisitSlots.Slot::day).containsOnly(DayOfWeek.TUESDAY);
        assertThat(ranked).extracting(s -> s.from().getHour()).containsExactlyInAnyOrder(12, 14, 16);
        assertThat(ranked.get(0).rate()).isEqualTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
    }
}
