package com.salesos.ai;

import java.util.Arrays;
import java.util.Optional;

import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * How far a figure (a week of visits, a commission rate) lies from its own history, by the modified (robust)
 * z-score of Iglewicz and Hoaglin: {@code z = 0.6745 (x − median) / MAD}, with MAD the median absolute deviation of the history
 * from its median. Median and MAD ignore the odd extreme week that would inflate a mean and standard deviation, so
 * one holiday week in the history neither hides the next drop nor gets flagged twice. When more than half of the
 * history weeks are equal (MAD = 0), the mean absolute deviation scaled by 1.2533 stands in (the usual fallback).
 * A week is an anomaly at {@code |z| ≥ 3.5}, the authors' cut-off, and only when it also moves at least
 * {@value #MIN_CHANGE_PERCENT} % from the median (so a flat history does not flag a change of one visit).
 */
final class RobustZScore {

    static final double THRESHOLD = 3.5;
    static final int MIN_HISTORY = 6;
    static final double MIN_CHANGE_PERCENT = 30;

    /** The robust z-score of {@code value} and what it rests on. */
    record Score(double value, double median, double mad, double scale, double z, int history,
            boolean meanDeviationFallback) {

        boolean anomalous() {
            double change = median == 0 ? Double.POSITIVE_INFINITY : Math.abs(value - median) / median * 100;
            return Math.abs(z) >= THRESHOLD && change >= MIN_CHANGE_PERCENT;
        }

        /** 0.5 at the threshold, rising to 1 at twice the threshold. */
        double strength() {
            return Math.min(1, 0.5 + (Math.abs(z) - THRESHOLD) / (2 * THRESHOLD));
        }
    }

    private RobustZScore() {
    }

    /**
     * @param history the weeks before the tested one, any order
     * @return empty when the history is shorter than {@value #MIN_HISTORY} values, has a median of zero (too
     *         sparse a figure to judge) or no spread at all
     */
    static Optional<Score> score(double value, double[] history) {
        if (history.length < MIN_HISTORY) {
            return Optional.empty();
        }
        Median median = new Median();
        double m = median.evaluate(history);
        if (m <= 0) {
            return Optional.empty();
        }
        double[] deviations = Arrays.stream(history).map(h -> Math.abs(h - m)).toArray();
        double mad = median.evaluate(deviations);
        boolean fallback = mad == 0;
        // with the fallback, z = (x - median) / (1.2533 MeanAD): the scale carries the 0.6745 that z multiplies by
        double scale = fallback ? 0.6745 * 1.2533 * Arrays.stream(deviations).average().orElse(0) : mad;
        if (scale == 0) {
            return Optional.empty();
        }
        double z = 0.6745 * (value - m) / scale;
        return Optional.of(new Score(value, m, mad, scale, z, history.length, fallback));
    }
}
