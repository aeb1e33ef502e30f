package com.salesos.routing.internal;

import java.util.Arrays;

/** Routes per vehicle (stop indexes in visiting order), the stops not placed, and the times of each route. */
final class CompactPlan {

    private final CompactProblem p;
    final int[][] seq;
    final int[] len;
    final double[][] earliest;
    final double[][] latest;
    final int[] load;
    final int[] routeOf;
    final int[] pool;
    int poolSize;

    CompactPlan(CompactProblem problem) {
        p = problem;
        seq = new int[problem.vehicles][problem.stops];
        earliest = new double[problem.vehicles][problem.stops];
        latest = new double[problem.vehicles][problem.stops];
        len = new int[problem.vehicles];
        load = new int[problem.vehicles];
        routeOf = new int[problem.stops];
        Arrays.fill(routeOf, -1);
        pool = new int[problem.stops];
    }

    void copyFrom(CompactPlan other) {
        for (int r = 0; r < p.vehicles; r++) {
            int n = other.len[r];
            System.arraycopy(other.seq[r], 0, seq[r], 0, n);
            System.arraycopy(other.earliest[r], 0, earliest[r], 0, n);
            System.arraycopy(other.latest[r], 0, latest[r], 0, n);
        }
        System.arraycopy(other.len, 0, len, 0, p.vehicles);
        System.arraycopy(other.load, 0, load, 0, p.vehicles);
        System.arraycopy(other.routeOf, 0, routeOf, 0, p.stops);
        System.arraycopy(other.pool, 0, pool, 0, other.poolSize);
        poolSize = other.poolSize;
    }

    int routesUsed() {
        int used = 0;
        for (int r = 0; r < p.vehicles; r++) if (len[r] > 0) used++;
        return used;
    }

    double distance() {
        double total = 0;
        for (int r = 0; r < p.vehicles; r++) {
            if (len[r] == 0) continue;
            int prev = p.start[r];
            for (int i = 0; i < len[r]; i++) {
                int here = p.location[seq[r][i]];
                total += p.distance[r][prev][here];
                prev = here;
            }
            total += p.distance[r][prev][p.end[r]];
        }
        return total;
    }

    int position(int r, int c) {
        for (int i = 0; i < len[r]; i++) if (seq[r][i] == c) return i;
        throw new IllegalStateException("stop " + c + " not on route " + r);
    }

    void removeRange(int r, int from, int count) {
        int[] s = seq[r];
        for (int i = from; i < from + count; i++) {
            routeOf[s[i]] = -1;
            load[r] -= p.demand[s[i]];
            pool[poolSize++] = s[i];
        }
        System.arraycopy(s, from + count, s, from, len[r] - from - count);
        len[r] -= count;
        times(r);
    }

    void insert(int c, int r, int position) {
        int[] s = seq[r];
        System.arraycopy(s, position, s, position + 1, len[r] - position);
        s[position] = c;
        len[r]++;
        load[r] += p.demand[c];
        routeOf[c] = r;
        times(r);
    }

    /** Earliest service starts forwards, latest service starts that keep the rest feasible backwards. */
    private void times(int r) {
        int n = len[r];
        int[] s = seq[r];
        double[][] t = p.time[r];
        double time = p.shiftStart[r];
        int prev = p.start[r];
        for (int i = 0; i < n; i++) {
            int loc = p.location[s[i]];
            earliest[r][i] = Math.max(time + t[prev][loc], p.early[s[i]]);
            time = earliest[r][i] + p.service[s[i]];
            prev = loc;
        }
        double next = p.shiftEnd[r];
        int nextLoc = p.end[r];
        for (int i = n - 1; i >= 0; i--) {
            int loc = p.location[s[i]];
            latest[r][i] = Math.min(p.late[s[i]], next - t[loc][nextLoc] - p.service[s[i]]);
            next = latest[r][i];
            nextLoc = loc;
        }
    }
}
