package com.salesos.ai;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.salesos.accounts.AccountView;
import com.salesos.accounts.OpeningHours;
import com.salesos.routing.TimeWindow;

/**
 * Opening hours as routing time windows: a window constrains when a visit STARTS, so each opening window becomes
 * {@code [opens, closes − visit length]}. Accounts without any opening hours may be visited at any time.
 */
final class OpeningWindows {

    private OpeningWindows() {
    }

    /** The start windows on {@code date}; empty: any time; null: closed that day or no window long enough. */
    static List<TimeWindow> startWindows(AccountView account, LocalDate date, ZoneId repZone, int visitMinutes) {
        OpeningHours hours = account.openingHours();
        if (hours == null || hours.days().isEmpty()) return List.of();
        ZoneId zone = account.timeZone() == null ? repZone : ZoneId.of(account.timeZone());
        List<TimeWindow> windows = hours.on(date.getDayOfWeek()).stream()
                .filter(w -> !w.to().minusMinutes(visitMinutes).isBefore(w.from())
                        && w.to().minusMinutes(visitMinutes).isBefore(w.to()))
                .map(w -> OptimizationDays.window(date, zone, w.from(), w.to().minusMinutes(visitMinutes)))
                .toList();
        return windows.isEmpty() ? null : windows;
    }

    static String closedExplanation(AccountView account, LocalDate date, int visitMinutes) {
        List<OpeningHours.Window> open = account.openingHours().on(date.getDayOfWeek());
        return open.isEmpty() ? "closed on " + date.getDayOfWeek() + " " + date
                : "open " + open + " on " + date + ", no window long enough for a " + visitMinutes + "-minute visit";
    }
}
