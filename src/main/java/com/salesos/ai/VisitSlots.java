package com.salesos.ai;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Which weekday and two-hour window a visit goes best, from past outcomes. Thin data must not mislead, so every
 * rate is smoothed (Beta prior, Laplace style) toward a base rate: the weekday's and the window's rates (from the
 * other visits on that weekday and in that window) toward the account's, and a slot's own rate toward what its
 * weekday and window together suggest. Each estimate keeps its counts.
 */
final class VisitSlots {

    /** Pseudo-visits of prior weight: with fewer real visits than this the prior dominates. */
    static final double PRIOR_WEIGHT = 4;
    static final int FIRST_HOUR = 8;
    static final int LAST_HOUR = 18;

    /** One past visit: local weekday and start hour, and whether it went well. */
    record Outcome(DayOfWeek day, int hour, boolean positive) {
    }

    /** The smoothed rate of a slot with the evidence behind it. */
    record Slot(DayOfWeek day, LocalTime from, LocalTime to, double rate, int visits, int positive, double dayRate,
            int dayVisits, double windowRate, int windowVisits, double baseRate) {
    }

    private VisitSlots() {
    }

    /**
     * Slots best first; {@code open} says whether the account is open on a day in a window (all true without hours).
     *
     * @param baseRate the prior the account's own rate shrinks toward (e.g. the rep's rate)
     */
    static List<Slot> rank(List<Outcome> history, double baseRate, BiPredicate<DayOfWeek, LocalTime> open) {
        double accountRate = smooth(history.size(), (int) history.stream().filter(Outcome::positive).count(), baseRate);
        Map<DayOfWeek, int[]> byDay = new EnumMap<>(DayOfWeek.class);
        Map<Integer, int[]> byWindow = new HashMap<>();
        Map<String, int[]> bySlot = new HashMap<>();
        for (Outcome o : history) {
            int window = windowStart(o.hour());
            add(byDay.computeIfAbsent(o.day(), d -> new int[2]), o);
            add(byWindow.computeIfAbsent(window, w -> new int[2]), o);
            add(bySlot.computeIfAbsent(o.day() + "@" + window, k -> new int[2]), o);
        }
        List<Slot> slots = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getValue() > 5 && !byDay.containsKey(day)) continue;
            for (int hour = FIRST_HOUR; hour < LAST_HOUR; hour += 2) {
                LocalTime from = LocalTime.of(hour, 0);
                if (!open.test(day, from)) continue;
                int[] d = byDay.getOrDefault(day, new int[2]);
                int[] w = byWindow.getOrDefault(hour, new int[2]);
                int[] s = bySlot.getOrDefault(day + "@" + hour, new int[2]);
                // the slot's own visits are left out of its weekday and window, so that they are not counted thrice
                int dayVisits = d[0] - s[0];
                int windowVisits = w[0] - s[0];
                double dayRate = smooth(dayVisits, d[1] - s[1], accountRate);
                double windowRate = smooth(windowVisits, w[1] - s[1], accountRate);
                // weekday and window effects combined as relative lifts on the account's rate
                double prior = accountRate == 0 ? 0 : Math.min(0.99, dayRate * windowRate / accountRate);
                slots.add(new Slot(day, from, from.plusHours(2), smooth(s[0], s[1], prior), s[0], s[1], dayRate,
                        dayVisits, windowRate, windowVisits, accountRate));
            }
        }
        // equal rates (to rounding): the slot with its own evidence first, then the earlier one
        slots.sort(Comparator.comparingLong((Slot s) -> Math.round(s.rate() * 1e9)).reversed()
                .thenComparing(Comparator.comparingInt(Slot::visits).reversed())
                .thenComparing(Slot::day).thenComparing(Slot::from));
        return slots;
    }

    static double smooth(int visits, int positive, double prior) {
        return (positive + PRIOR_WEIGHT * prior) / (visits + PRIOR_WEIGHT);
    }

    static int windowStart(int hour) {
        int clamped = Math.max(FIRST_HOUR, Math.min(LAST_HOUR - 1, hour));
        return FIRST_HOUR + (clamped - FIRST_HOUR) / 2 * 2;
    }

    private static void add(int[] counts, Outcome o) {
        counts[0]++;
        if (o.positive()) counts[1]++;
    }
}
