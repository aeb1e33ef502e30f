package com.salesos.bench;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.CascadingUpdateShadowVariable;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import com.salesos.routing.SolomonInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The other candidate engine, measured only here: Timefold Solver 1.x (community edition) on the same Solomon
 * instance with its default phases (construction heuristic, then late-acceptance local search over list moves),
 * hard time windows and capacity, then vehicles, then distance. Nearby selection and multi-threaded solving
 * are enterprise features, so the community solver runs single-threaded without them.
 */
final class TimefoldCandidate {

    record Result(int vehicles, double distance, boolean feasible) {
    }

    private TimefoldCandidate() {
    }

    static Result solve(SolomonInstance instance, Duration time) {
        List<double[]> rows = instance.rows();
        double[] depot = rows.get(0);
        List<Visit> visits = new ArrayList<>();
        for (double[] r : rows.subList(1, rows.size())) visits.add(new Visit((int) r[0], r, depot));
        List<Truck> trucks = new ArrayList<>();
        for (int i = 0; i < instance.vehicles(); i++) trucks.add(new Truck(i, instance.capacity(), depot));
        SolverConfig config = new SolverConfig()
                .withSolutionClass(Plan.class)
                .withEntityClasses(Truck.class, Visit.class)
                .withConstraintProviderClass(Rules.class)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(time));
        Plan solved = SolverFactory.<Plan>create(config).buildSolver().solve(new Plan(trucks, visits));
        int used = (int) solved.trucks.stream().filter(t -> !t.visits.isEmpty()).count();
        double distance = solved.trucks.stream().mapToDouble(Truck::distance).sum();
        return new Result(used, distance, solved.score.hardScore() == 0);
    }

    static double dist(double[] a, double[] b) {
        return Math.hypot(a[1] - b[1], a[2] - b[2]);
    }

    @PlanningSolution
    public static class Plan {
        @PlanningEntityCollectionProperty
        List<Truck> trucks;
        @PlanningEntityCollectionProperty
        @ValueRangeProvider
        List<Visit> visits;
        @PlanningScore
        HardMediumSoftLongScore score;

        public Plan() {
        }

        Plan(List<Truck> trucks, List<Visit> visits) {
            this.trucks = trucks;
            this.visits = visits;
        }
    }

    @PlanningEntity
    public static class Truck {
        @PlanningId
        Integer id;
        int capacity;
        double[] depot;
        @PlanningListVariable
        List<Visit> visits = new ArrayList<>();

        public Truck() {
        }

        Truck(int id, int capacity, double[] depot) {
            this.id = id;
            this.capacity = capacity;
            this.depot = depot;
        }

        double distance() {
            double total = 0;
            double[] here = depot;
            for (Visit v : visits) {
                total += dist(here, v.row);
                here = v.row;
            }
            return total + dist(here, depot);
        }

        int load() {
            return visits.stream().mapToInt(v -> (int) v.row[3]).sum();
        }

        double lateReturn() {
            if (visits.isEmpty()) return 0;
            Visit last = visits.get(visits.size() - 1);
            return Math.max(0, last.departure() + dist(last.row, depot) - depot[5]);
        }
    }

    @PlanningEntity
    public static class Visit {
        @PlanningId
        Integer id;
        double[] row;
        double[] depot;
        @InverseRelationShadowVariable(sourceVariableName = "visits")
        Truck truck;
        @PreviousElementShadowVariable(sourceVariableName = "visits")
        Visit previous;
        @CascadingUpdateShadowVariable(targetMethodName = "updateArrival")
        Double arrival;

        public Visit() {
        }

        Visit(int id, double[] row, double[] depot) {
            this.id = id;
            this.row = row;
            this.depot = depot;
        }

        void updateArrival() {
            if (truck == null) arrival = null;
            else arrival = previous == null ? dist(depot, row) : previous.departure() + dist(previous.row, row);
        }

        double departure() {
            return Math.max(arrival == null ? 0 : arrival, row[4]) + row[6];
        }

        double lateness() {
            return arrival == null ? 0 : Math.max(0, Math.max(arrival, row[4]) - row[5]);
        }
    }

    public static class Rules implements ConstraintProvider {
        @Override
        public Constraint[] defineConstraints(ConstraintFactory factory) {
            return new Constraint[] {
                factory.forEach(Visit.class).filter(v -> v.lateness() > 0)
                        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, v -> (long) Math.ceil(v.lateness() * 1000)).asConstraint("time window"),
                factory.forEach(Truck.class).filter(t -> t.load() > t.capacity)
                        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, t -> (t.load() - t.capacity) * 1000L).asConstraint("capacity"),
                factory.forEach(Truck.class).filter(t -> t.lateReturn() > 0)
                        .penalizeLong(HardMediumSoftLongScore.ONE_HARD, t -> (long) Math.ceil(t.lateReturn() * 1000)).asConstraint("depot hours"),
                factory.forEach(Truck.class).filter(t -> !t.visits.isEmpty())
                        .penalize(HardMediumSoftLongScore.ONE_MEDIUM).asConstraint("vehicles"),
                factory.forEach(Truck.class)
                        .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, t -> Math.round(t.distance() * 1000)).asConstraint("distance")
            };
        }
    }
}
