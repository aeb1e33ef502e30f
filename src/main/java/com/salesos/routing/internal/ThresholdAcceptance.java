package com.salesos.routing.internal;

import com.graphhopper.jsprit.core.algorithm.acceptor.SolutionAcceptor;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import java.util.Collection;

/**
 * Threshold acceptance on the clock: a worse solution is accepted while it is within a threshold that halves
 * every {@code alpha} of the phase's time. jsprit's own Schrimpf acceptance cools by iteration count, which
 * never cools under a time limit; each search phase restarts the schedule here.
 */
final class ThresholdAcceptance implements SolutionAcceptor {

    private static final double ALPHA = 0.1;

    private volatile double initialThreshold;
    private volatile long phaseStart;
    private volatile long phaseLength = 1;

    void restart(double threshold, long startNanos, long lengthNanos) {
        initialThreshold = threshold;
        phaseStart = startNanos;
        phaseLength = Math.max(1, lengthNanos);
    }

    @Override
    public boolean acceptSolution(Collection<VehicleRoutingProblemSolution> memory, VehicleRoutingProblemSolution candidate) {
        if (memory.isEmpty()) {
            memory.add(candidate);
            return true;
        }
        VehicleRoutingProblemSolution current = memory.iterator().next();
        double progress = Math.min(1, (System.nanoTime() - phaseStart) / (double) phaseLength);
        double threshold = initialThreshold * Math.pow(2, -progress / ALPHA);
        if (candidate.getCost() < current.getCost() + threshold) {
            memory.clear();
            memory.add(candidate);
            return true;
        }
        return false;
    }
}
