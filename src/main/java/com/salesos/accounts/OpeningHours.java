package com.salesos.accounts;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * When an account is open, in its own time zone: per weekday a list of windows, as JSON
 * {@code {"MONDAY": [{"from": "08:00", "to": "12:00"}, {"from": "13:00", "to": "18:00"}]}}. A missing day is closed.
 */
public record OpeningHours(Map<DayOfWeek, List<Window>> days) {

    /** From (inclusive) to (exclusive) local time; the constructor refuses a window that ends before it starts. */
    public record Window(LocalTime from, LocalTime to) {
        public Window {
            if (from == null || to == null || !from.isBefore(to)) {
                throw new IllegalArgumentException("a window needs from before to");
            }
        }
    }

    @JsonCreator
    public OpeningHours {
        EnumMap<DayOfWeek, List<Window>> sorted = new EnumMap<>(DayOfWeek.class);
        if (days != null) {
            days.forEach((day, windows) -> {
                List<Window> ordered = windows == null ? List.of()
                        : windows.stream().sorted(Comparator.comparing(Window::from)).toList();
                for (int i = 1; i < ordered.size(); i++) {
                    if (ordered.get(i).from().isBefore(ordered.get(i - 1).to())) {
                        throw new IllegalArgumentException("windows of " + day + " overlap");
                    }
                }
                sorted.put(day, ordered);
            });
        }
        days = java.util.Collections.unmodifiableMap(sorted);
    }

    public static OpeningHours closed() {
        return new OpeningHours(Map.of());
    }

    @JsonValue
    public Map<DayOfWeek, List<Window>> days() {
        return days;
    }

    public List<Window> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    public boolean isOpen(DayOfWeek day, LocalTime time) {
        return on(day).stream().anyMatch(w -> !time.isBefore(w.from()) && time.isBefore(w.to()));
    }
}
