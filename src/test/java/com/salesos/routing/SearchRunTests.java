package com.salesos.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchRunTests {

    private final RoutePlanner planner = new RoutePlanner();

    @Test
    void readsASolomonInstance() throws Exception {
        SolomonInstance c101 = SolomonInstance.read(Path.of("src/test/resources/solomon/C101.txt"));

        assertThat(c101.name()).isEqualTo("C101");
        assertThat(c101.vehicles()).isEqualTo(25);
        assertThat(c101.capacity()).isEqualTo(200);
        assertThat(c101.customers()).isEqualTo(100);
        RouteProblem problem = c101.toProblem(Duration.ofSeconds(1));
        Stop first = problem.stops().get(0);
        assertThat(first.location()).isEqualTo(new Location(45, 68));
        assertThat(first.demand()).isEqualTo(10);
        assertThat(first.service()).isEqualTo(Duration.ofSeconds(90));
        assertThat(first.windows()).containsExactly(new TimeWindow(RouteFixtures.at(912), RouteFixtures.at(967)));
        assertThat(problem.vehicles()).hasSize(25).allSatisfy(v -> assertThat(v.shiftEnd()).isEqualTo(RouteFixtures.at(1236)));
    }

    @Test
    void reachesTheBestKnownFleetOfASolomonInstance() throws Exception {
        SolomonInstance c101 = SolomonInstance.read(Path.of("src/test/resources/solomon/C101.txt"));

        RoutePlan plan = planner.plan(c101.toProblem(Duration.ofSeconds(5)));

        // best known: 10 vehicles, 828.94 (vehicles first, then distance)
        assertThat(plan.leftOut()).isEmpty();
        assertThat(plan.routes().stream().mapToInt(r -> r.visits().size()).sum()).isEqualTo(100);
        assertThat(plan.vehiclesUsed()).isEqualTo(10);
        assertThat(plan.totalDistance()).isLessThan(828.94 * 1.02);
        assertThat(plan.routes()).allSatisfy(r -> assertThat(r.visits()).allSatisfy(v -> assertThat(v.late()).isFalse()));
        assertThat(plan.search().elapsed()).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void cancelReturnsTheBestPlanSoFarAndReportsProgress() throws Exception {
        RouteProblem long_ = SolomonInstance.read(Path.of("src/test/resources/solomon/C101.txt")).toProblem(Duration.ofMinutes(5));
        List<RouteProgress> improvements = new ArrayList<>();

        RoutePlanningRun run = planner.start(long_, p -> {
            synchronized (improvements) {
                improvements.add(p);
            }
        });
        // a few iterations are enough to have a plan to return; the shared CI machine may be slow
        await().atMost(Duration.ofSeconds(90)).until(() -> run.progress().iterations() > 5);
        run.cancel();
        RoutePlan plan = run.await();

        assertThat(plan.cancelled()).isTrue();
        assertThat(plan.search().elapsed()).isLessThan(Duration.ofMinutes(3));
        assertThat(plan.leftOut()).isEmpty();
        assertThat(plan.routes().stream().mapToInt(r -> r.visits().size()).sum()).isEqualTo(100);
        synchronized (improvements) {
            assertThat(improvements).isNotEmpty();
            assertThat(plan.search().cost()).isEqualTo(improvements.get(improvements.size() - 1).cost());
        }
    }

    @Test
    void roadModelStretchesTheGreatCircleAndDrivesAtTheRepsSpeed() {
        TravelModel road = TravelModel.road(1.3, 60);
        Location a = Location.geo(48.0, 2.0);
        Location b = Location.geo(49.0, 2.0);

        // one degree of latitude is 111.2 km on the mean earth sphere
        assertThat(road.distance(a, b)).isCloseTo(111_195 * 1.3, org.assertj.core.api.Assertions.within(5.0));
        assertThat(road.seconds(a, b)).isCloseTo(111_195 * 1.3 / (60 / 3.6), org.assertj.core.api.Assertions.within(1.0));
    }
}
