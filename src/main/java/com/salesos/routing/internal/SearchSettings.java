package com.salesos.routing.internal;

import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit.Parameter;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit.Strategy;
import java.time.Duration;

/**
 * The one configuration of the search, used by the product and by the Solomon benchmark alike. Compared
 * with jsprit's defaults: string removal (SISR-style, strong on time windows) joins the mix, random removal
 * takes 5 to 25 stops instead of half of them (more, cheaper iterations), both cores work on insertions,
 * and the phases of {@link SearchControl} minimise vehicles before distance. A problem that
 * {@link CompactProblem} can hold (several vehicles, no lunch breaks, closed routes, one window a stop) first
 * goes through {@link FleetMinimizer} on both cores: fleet minimisation for up to {@code FLEET_SHARE} of the
 * time (ending early after {@code FLEET_STAGNATION} of it without a route fewer), then annealing on distance
 * until {@code ANNEAL_SHARE}; jsprit's search polishes the rest with the vehicles found.
 */
record SearchSettings(Duration timeLimit, long seed) {

    static final int THREADS = 2;
    static final double FLEET_SHARE = 0.5;
    static final double FLEET_STAGNATION = 0.2;
    static final double ANNEAL_SHARE = 0.95;
    static final double CONSTRUCT_SHARE = 0.1;
    static final double ELIMINATE_SHARE = 0.7;
    static final double INITIAL_THRESHOLD = 0.03;

    Jsprit.Builder apply(Jsprit.Builder builder, int stops) {
        return builder
                .setProperty(Parameter.THREADS, String.valueOf(THREADS))
                .setProperty(Strategy.STRING_REGRET, "1.0")
                .setProperty(Strategy.STRING_BEST, "0.5")
                .setProperty(Strategy.RADIAL_REGRET, "0.5")
                .setProperty(Strategy.RADIAL_BEST, "0.2")
                .setProperty(Strategy.RANDOM_REGRET, "0.3")
                .setProperty(Strategy.RANDOM_BEST, "0.2")
                .setProperty(Strategy.WORST_REGRET, "0.3")
                .setProperty(Strategy.CLUSTER_REGRET, "0.2")
                .setProperty(Parameter.RANDOM_REGRET_MIN_SHARE, String.valueOf(Math.min(5, stops)))
                .setProperty(Parameter.RANDOM_REGRET_MAX_SHARE, String.valueOf(Math.min(25, stops)))
                .setProperty(Parameter.RANDOM_BEST_MIN_SHARE, String.valueOf(Math.min(5, stops)))
                .setProperty(Parameter.RANDOM_BEST_MAX_SHARE, String.valueOf(Math.min(25, stops)));
    }
}
