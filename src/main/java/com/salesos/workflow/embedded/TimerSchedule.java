package com.salesos.workflow.embedded;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;

import org.springframework.scheduling.support.CronExpression;

/**
 * Turns a timer definition's value into due dates: an ISO date, an ISO duration (PT15M, P1D), a cycle
 * {@code R[n]/[start/]duration} or a cron expression (as Zeebe accepts). Durations may also come from FEEL.
 */
final class TimerSchedule {

    /** When the timer fires next, how many more times it repeats after that (-1: forever), and its interval. */
    record Due(Instant at, int repetitions, String interval) {
    }

    private TimerSchedule() {
    }

    static Due first(TimerDef.Type type, Object value, Instant now) {
        return switch (type) {
            case DATE -> new Due(date(value), 0, null);
            case DURATION -> new Due(plus(now, amount(value)), 0, null);
            case CYCLE -> cycle(String.valueOf(value).trim(), now);
        };
    }

    /** The next due date of a repeating timer after it fired at {@code firedAt}. */
    static Instant next(String interval, Instant firedAt) {
        if (interval.startsWith("cron:")) {
            return CronExpression.parse(interval.substring(5)).next(firedAt.atZone(ZoneOffset.UTC)).toInstant();
        }
        return plus(firedAt, amount(interval));
    }

    private static Due cycle(String text, Instant now) {
        if (!text.startsWith("R")) {
            String cron = "cron:" + text;
            return new Due(next(cron, now), -1, cron);
        }
        String[] parts = text.split("/");
        int repetitions = parts[0].length() == 1 ? -1 : Integer.parseInt(parts[0].substring(1));
        String interval = parts[parts.length - 1];
        Instant first = parts.length == 3 ? date(parts[1]) : plus(now, amount(interval));
        return new Due(first, repetitions < 0 ? -1 : repetitions - 1, interval);
    }

    private static Instant date(Object value) {
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        String text = String.valueOf(value);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException e) {
            return ZonedDateTime.parse(text).toInstant();
        }
    }

    private static TemporalAmount amount(Object value) {
        if (value instanceof TemporalAmount t) {
            return t;
        }
        String text = String.valueOf(value);
        return text.contains("T") ? Duration.parse(text) : Period.parse(text);
    }

    private static Instant plus(Instant from, TemporalAmount amount) {
        return from.atZone(ZoneOffset.UTC).plus(amount).toInstant();
    }
}
