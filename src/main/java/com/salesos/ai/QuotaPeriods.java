package com.salesos.ai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

import com.salesos.reps.Quota;

/** The calendar month, quarter or year a quota applies to, and the quota's share of a span of days. */
record QuotaPeriods(String name, LocalDate start, LocalDate end) {

    /** The quota period that holds {@code day}. */
    static QuotaPeriods holding(Quota quota, LocalDate day) {
        return switch (quota.period()) {
            case MONTH -> new QuotaPeriods(java.time.YearMonth.from(day).toString(), day.withDayOfMonth(1),
                    day.withDayOfMonth(day.lengthOfMonth()));
            case QUARTER -> {
                LocalDate start = day.with(IsoFields.DAY_OF_QUARTER, 1);
                yield new QuotaPeriods(day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR), start,
                        start.plusMonths(3).minusDays(1));
            }
            case YEAR -> new QuotaPeriods(String.valueOf(day.getYear()), day.withDayOfYear(1),
                    day.withDayOfYear(day.lengthOfYear()));
        };
    }

    long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The quota's share of {@code from}..{@code to} (inclusive), pro rata by days of the quota period. */
    static BigDecimal share(Quota quota, LocalDate from, LocalDate to) {
        BigDecimal perDay = quota.amount().divide(BigDecimal.valueOf(holding(quota, to).days()), 10,
                RoundingMode.HALF_UP);
        return perDay.multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to) + 1)).setScale(2,
                RoundingMode.HALF_UP);
    }
}
