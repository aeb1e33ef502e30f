package com.salesos.commissions;

import java.util.List;

import com.salesos.platform.Money;

/**
 * A page of commissions with totals over every commission that matches (not just the page): per currency, and per
 * period (YYYY-MM) and currency.
 */
public record CommissionStatement(List<CommissionView> items, int page, int size, long total, List<Total> totals,
        List<PeriodTotal> periods) {

    /** The sum of the base amounts and commissions in one currency. */
    public record Total(String currency, int count, Money baseAmount, Money amount) {
    }

    /** The commissions of one period in one currency. */
    public record PeriodTotal(String period, String currency, int count, Money amount) {
    }
}
