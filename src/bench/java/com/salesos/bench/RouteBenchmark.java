package com.salesos.bench;

import com.salesos.routing.RoutePlan;
import com.salesos.routing.RoutePlanner;
import com.salesos.routing.SolomonInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code bench/run route <file-or-folder> [--seconds N] [--instances C101,R101] [--timefold]}: solves Solomon
 * instances with the product's {@link RoutePlanner} and, for the same time, with jsprit's default algorithm;
 * prints vehicles, distance, the gap to the best-known solution (from {@code best-known.csv} beside the files)
 * and time. {@code --timefold} also runs the other engine candidate, Timefold Solver, for the same time.
 */
public final class RouteBenchmark {

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Path target = null;
        int seconds = 30;
        Set<String> only = null;
        boolean timefold = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--instances" -> only = Set.copyOf(Arrays.asList(args[++i].toUpperCase().split(",")));
                case "--timefold" -> timefold = true;
                default -> target = Path.of(args[i]);
            }
        }
        if (target == null) throw new IllegalArgumentException("usage: bench/run route <file-or-folder> [--seconds N] [--instances C101,R101]");
        Path folder = Files.isDirectory(target) ? target : target.toAbsolutePath().getParent();
        Map<String, double[]> best = bestKnown(folder.resolve("best-known.csv"));
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(target)) {
            try (Stream<Path> list = Files.list(target)) {
                list.filter(p -> p.toString().toLowerCase().endsWith(".txt")).sorted().forEach(files::add);
            }
        } else {
            files.add(target);
        }
        Duration limit = Duration.ofSeconds(seconds);
        System.out.printf("Route benchmark: %d s per instance and solver, %d cores%n", seconds, Runtime.getRuntime().availableProcessors());
        Scoreboard board = new Scoreboard(best);
        RoutePlanner planner = new RoutePlanner();
        TimefoldTotals timefoldTotals = new TimefoldTotals();
        for (Path file : files) {
            SolomonInstance instance = SolomonInstance.read(file);
            if (only != null && !only.contains(instance.name().toUpperCase())) continue;
            long start = System.nanoTime();
            RoutePlan plan = planner.plan(instance.toProblem(limit));
            double ourSeconds = (System.nanoTime() - start) / 1e9;
            int problems = Feasibility.check(instance, plan);
            start = System.nanoTime();
            JspritDefault.Result baseline = JspritDefault.solve(instance, limit);
            double baselineSeconds = (System.nanoTime() - start) / 1e9;
            if (timefold) timefoldTotals.add(instance, limit, plan);
            board.add(instance.name(), plan.vehiclesUsed(), plan.totalDistance(), plan.leftOut().size() + problems, ourSeconds,
                    baseline.vehicles(), baseline.distance(), baseline.unassigned(), baselineSeconds);
        }
        board.printSummary();
        if (timefold) timefoldTotals.print();
    }

    private static Map<String, double[]> bestKnown(Path csv) throws Exception {
        Map<String, double[]> best = new HashMap<>();
        if (!Files.exists(csv)) return best;
        for (String line : Files.readAllLines(csv)) {
            String[] f = line.split(",");
            if (f.length < 3 || !Character.isDigit(f[1].trim().charAt(0))) continue;
            best.put(f[0].trim().toUpperCase(), new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
        }
        return best;
    }
}
