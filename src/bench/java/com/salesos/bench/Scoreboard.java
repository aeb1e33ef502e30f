package com.salesos.bench;

import java.util.Map;

/** Prints a row per instance and the averages: ours against the best known and against jsprit's default. */
final class Scoreboard {

    private final Map<String, double[]> bestKnown;
    private int instances;
    private int withBest;
    private int matchedVehicles;
    private double gapSum;
    private int ourVehicles;
    private int baseVehicles;
    private double ourDistance;
    private double baseDistance;
    private int ourInfeasible;
    private int baseInfeasible;
    private int wins;
    private int losses;
    private double ourTime;
    private double baseTime;

    Scoreboard(Map<String, double[]> bestKnown) {
        this.bestKnown = bestKnown;
        System.out.printf("%-7s | %-28s | %-28s | %s%n", "", "Sales OS planner", "jsprit default", "");
        System.out.printf("%-7s | %4s %9s %5s %6s %5s | %4s %9s %5s %6s %5s | %s%n", "inst", "veh", "distance", "dveh",
                "gap%", "s", "veh", "distance", "dveh", "gap%", "s", "best known / verdict");
    }

    void add(String name, int vehicles, double distance, int problems, double seconds,
             int baseVeh, double baseDist, int baseUnassigned, double baseSeconds) {
        double[] best = bestKnown.get(name.toUpperCase());
        instances++;
        ourVehicles += vehicles;
        baseVehicles += baseVeh;
        ourDistance += distance;
        baseDistance += baseDist;
        ourTime += seconds;
        baseTime += baseSeconds;
        if (problems > 0) ourInfeasible++;
        if (baseUnassigned > 0) baseInfeasible++;
        int compare = vehicles != baseVeh ? Integer.compare(baseVeh, vehicles)
                : Math.abs(baseDist - distance) < 1e-6 ? 0 : Double.compare(baseDist, distance);
        if (compare > 0) wins++;
        if (compare < 0) losses++;
        String verdict = compare > 0 ? "ahead" : compare < 0 ? "behind" : "tie";
        if (best == null) {
            System.out.printf("%-7s | %4d %9.2f %5s %6s %5.1f | %4d %9.2f %5s %6s %5.1f | %s%n", name, vehicles, distance, "", "",
                    seconds, baseVeh, baseDist, "", "", baseSeconds, verdict);
            return;
        }
        withBest++;
        int dveh = vehicles - (int) best[0];
        double gap = 100 * (distance - best[1]) / best[1];
        if (dveh == 0 && problems == 0) {
            matchedVehicles++;
            gapSum += gap;
        }
        System.out.printf("%-7s | %4d %9.2f %+5d %6.2f %5.1f | %4d %9.2f %+5d %6.2f %5.1f | %d %.2f / %s%s%n", name, vehicles, distance,
                dveh, gap, seconds, baseVeh, baseDist, baseVeh - (int) best[0], 100 * (baseDist - best[1]) / best[1], baseSeconds,
                (int) best[0], best[1], verdict, problems > 0 ? " (INFEASIBLE)" : "");
    }

    void printSummary() {
        System.out.println();
        System.out.printf("instances: %d, our infeasible plans: %d, jsprit default with unassigned customers: %d%n",
                instances, ourInfeasible, baseInfeasible);
        if (withBest > 0) {
            System.out.printf("best-known vehicle count reached: %d of %d (%.0f%%)%n", matchedVehicles, withBest, 100.0 * matchedVehicles / withBest);
            System.out.printf("average distance gap where vehicles match: %.2f%%%n", matchedVehicles == 0 ? Double.NaN : gapSum / matchedVehicles);
        }
        System.out.printf("total vehicles: ours %d, jsprit default %d; total distance: ours %.2f, jsprit default %.2f%n",
                ourVehicles, baseVehicles, ourDistance, baseDistance);
        System.out.printf("average time per instance: ours %.1f s, jsprit default %.1f s%n", ourTime / Math.max(1, instances), baseTime / Math.max(1, instances));
        boolean ahead = ourVehicles < baseVehicles || (ourVehicles == baseVehicles && ourDistance < baseDistance);
        System.out.printf("instances ahead/behind jsprit default: %d/%d; overall: %s%n", wins, losses, ahead ? "AHEAD of jsprit default" : "NOT ahead of jsprit default");
    }
}
