package com.salesos.routing;

import static com.salesos.routing.RouteFixtures.at;
import static com.salesos.routing.RouteFixtures.problem;
import static com.salesos.routing.RouteFixtures.rep;
import static com.salesos.routing.RouteFixtures.stop;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReplanningTests {

    private final RoutePlanner planner = new RoutePlanner();
    private final RouteProblem day = problem(List.of(rep("a", 0, 1000)), List.of(
            stop("1", 10, 0, 30), stop("2", 20, 0, 30), stop("3", 20, 10, 30), stop("4", 10, 10, 30)))
            .withCurrentOrder(Map.of("a", List.of("1", "2", "3", "4")));

    @Test
    void replansTheRestOfTheDayFromAnOverrunningVisit() {
        // stop 1 is done; stop 2 was due to end at 80 but runs until 200
        RouteProblem rest = day.resume(new DayUnderWay("a", new Location(20, 0), at(150), Set.of("1"), "2", at(200)));

        RoutePlan plan = planner.plan(rest);

        PlannedRoute route = plan.routes().get(0);
        assertThat(route.stopIds()).containsExactly("3", "4");
        assertThat(route.visits().get(0).arrival()).isEqualTo(at(210));
        // 3 from 210 to 240, 10 to 4, there until 280, then home (10,10) -> (0,0)
        assertThat(route.end()).isEqualTo(at(280).plusNanos(Math.round(Math.hypot(10, 10) * 1e9)));
        assertThat(plan.improvement().currentDistance()).isEqualTo(plan.totalDistance());
    }

    @Test
    void replansFromTheCurrentPositionWhenNoVisitIsUnderWay() {
        RouteProblem rest = day.resume(new DayUnderWay("a", new Location(10, 0), at(100), Set.of("1"), null, null));

        RoutePlan plan = planner.plan(rest);

        assertThat(plan.routes().get(0).stopIds()).containsExactly("2", "3", "4");
        assertThat(plan.routes().get(0).visits().get(0).arrival()).isEqualTo(at(110));
        assertThat(plan.leftOut()).isEmpty();
    }
}
