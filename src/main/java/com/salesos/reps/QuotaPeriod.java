package com.salesos.reps;

/** The period a rep's sales quota is measured over. */
public enum QuotaPeriod {
    MONTH, QUARTER, YEAR
}
