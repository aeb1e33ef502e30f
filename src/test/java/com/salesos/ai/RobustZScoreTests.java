package com.salesos.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RobustZScoreTests {

    @Test
    void scoresAgainstTheMedianAndTheMedianAbsoluteDeviation() {
        // history 10, 12, 11, 13, 9, 40 (one odd week): median 11.5, deviations 1.5 0.5 0.5 1.5 2.5 28.5 -> MAD 1.5
        var score = RobustZScore.score(3, new double[] { 10, 12, 11, 13, 9, 40 }).orElseThrow();
        assertThat(score.median()).isEqualTo(11.5);
        assertThat(score.mad()).isEqualTo(1.5);
        assertThat(score.z()).isCloseTo(0.6745 * (3 - 11.5) / 1.5, within(1e-9));
        assertThat(score.anomalous()).isTrue();
        // the odd week does not make an ordinary one look strange
        assertThat(RobustZScore.score(12, new double[] { 10, 12, 11, 13, 9, 40 }).orElseThrow().anomalous()).isFalse();
    }

    @Test
    void fallsBackToTheMeanAbsoluteDeviationWhenMostWeeksAreEqual() {
        // median 5, MAD 0; mean absolute deviation (0+0+0+0+0+3)/6 = 0.5 -> z = (1 - 5) / (1.2533 * 0.5)
        var score = RobustZScore.score(1, new double[] { 5, 5, 5, 5, 5, 8 }).orElseThrow();
        assertThat(score.meanDeviationFallback()).isTrue();
        assertThat(score.z()).isCloseTo(-4 / (1.2533 * 0.5), within(1e-9));
        assertThat(score.anomalous()).isTrue();
    }

    @Test
    void judgesNothingOnAShortSparseOrFlatHistory() {
        assertThat(RobustZScore.score(0, new double[] { 5, 6, 5, 6, 5 })).isEmpty();
        assertThat(RobustZScore.score(900, new double[] { 0, 0, 0, 0, 0, 0, 450 })).isEmpty();
        assertThat(RobustZScore.score(9, new double[] { 5, 5, 5, 5, 5, 5 })).isEmpty();
        // a big z on a tiny change is not worth a word: 6 against a median of 5.5 is under 30 %
        assertThat(RobustZScore.score(6.5, new double[] { 5.5, 5.5, 5.5, 5.5, 5.4, 5.6, 5.5 }).orElseThrow().anomalous())
                .isFalse();
    }
}
