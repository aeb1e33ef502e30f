package com.salesos.routing;

import static com.salesos.routing.RouteFixtures.at;
import static com.salesos.routing.RouteFixtures.problem;
import static com.salesos.routing.RouteFixtures.rep;
import static com.salesos.routing.RouteFixtures.stop;
import static com.salesos.routing.RouteFixtures.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutePlannerTests {

    private final RoutePlanner planner = new RoutePlanner();

    @Test
    void findsTheShortestTourOfASquareWithOneVehicle() {
        RoutePlan plan = planner.plan(problem(List.of(rep("a", 0, 1000), rep("b", 0, 1000)),
                List.of(stop("n", 0, 10, 0), stop("ne", 10, 10, 0), stop("e", 10, 0, 0))));

        assertThat(plan.vehiclesUsed()).isEqualTo(1);
        assertThat(plan.totalDistance()).isCloseTo(40, within(1e-9));
        assertThat(plan.routes().get(0).stopIds()).isIn(List.of("n", "ne", "e"), List.of("e", "ne", "n"));
        assertThat(plan.leftOut()).isEmpty();
    }

    @Test
    void visitsANarrowWindowStopWhenItsWindowIsOpen() {
        // c can only be started at 30 or 31: straight from the depot; a opens at 70, so the rep waits there
        RoutePlan plan = planner.plan(problem(List.of(rep("a", 0, 1000)), List.of(
                stop("a", 10, 0, 0).within(window(70, 75)), stop("b", 20, 0, 0), stop("c", 30, 0, 0).within(window(30, 31)))));

        PlannedRoute route = plan.routes().get(0);
        assertThat(route.stopIds()).containsExactly("c", "b", "a");
        assertThat(route.visits().get(0).start()).isEqualTo(at(30));
        PlannedVisit a = route.visits().get(2);
        assertThat(a.arrival()).isEqualTo(at(50));
        assertThat(a.start()).isEqualTo(at(70));
        assertThat(a.waiting()).isEqualTo(Duration.ofSeconds(20));
        assertThat(route.end()).isEqualTo(at(80));
    }

    @Test
    void usesASecondRepOnlyWhenTwoWindowsCannotBeMetByOne() {
        // w and e both start at 10 or 11, 10 units west and east of the depot: one rep cannot be at both
        RoutePlan plan = planner.plan(problem(List.of(rep("a", 0, 1000), rep("b", 0, 1000), rep("c", 0, 1000)), List.of(
                stop("w", -10, 0, 0).within(window(10, 11)), stop("e", 10, 0, 0).within(window(10, 11)),
                stop("w2", -20, 0, 0), stop("e2", 20, 0, 0))));

        assertThat(plan.vehiclesUsed()).isEqualTo(2);
        assertThat(plan.routes()).extracting(PlannedRoute::stopIds)
                .containsExactlyInAnyOrder(List.of("w", "w2"), List.of("e", "e2"));
        assertThat(plan.totalDistance()).isCloseTo(80, within(1e-9));
        assertThat(plan.routes()).allSatisfy(r -> assertThat(r.visits().get(0).start()).isEqualTo(at(10)));
        assertThat(plan.leftOut()).isEmpty();
    }

    @Test
    void leavesOutAStopNoRepCanReachInTimeWithTwoReps() {
        RoutePlan plan = planner.plan(problem(List.of(rep("a", 0, 1000), rep("b", 0, 1000)), List.of(
                stop("near", 5, 0, 0), stop("other", -5, 0, 0), stop("closed", 60, 0, 0).within(window(0, 50)))));

        assertThat(plan.vehiclesUsed()).isEqualTo(1);
        assertThat(plan.leftOut()).extracting(LeftOutStop::stopId, LeftOutStop::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("closed", LeftOutReason.CANNOT_FIT_TIME_WINDOW));
    }

    @Test
    void leavesOutImpossibleStopsWithTheirReasons() {
        RoutePlan plan = planner.plan(problem(List.of(rep("a", 0, 150).withCapacity(10)), List.of(
                stop("near", 5, 0, 0),
                stop("closed", 60, 0, 0).within(window(0, 50)),
                stop("far", 70, 0, 20),
                stop("heavy", 1, 0, 0).withDemand(11))));

        assertThat(plan.routes().get(0).stopIds()).containsExactly("near");
        assertThat(plan.leftOut()).extracting(LeftOutStop::stopId, LeftOutStop::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("closed", LeftOutReason.CANNOT_FIT_TIME_WINDOW),
                org.assertj.core.groups.Tuple.tuple("far", LeftOutReason.OVER_WORKING_DAY),
                org.assertj.core.groups.Tuple.tuple("heavy", LeftOutReason.OVER_CAPACITY));
        assertThat(plan.leftOut()).filteredOn(l -> l.stopId().equals("closed")).first()
                .extracting(LeftOutStop::explanation).asString().contains(at(60).toString(), at(50).toString());
    }

    @Test
    void clipsAWindowThatOpensBeforeTheShiftAndLeavesOutOneThatClosesBeforeIt() {
        // the shift starts at 100: "early" opened at 0 and is still open at 110; "gone" closed at 50
        RoutePlan plan = planner.plan(problem(List.of(rep("a", 100, 1000)), List.of(
                stop("early", 10, 0, 0).within(window(0, 200)),
                stop("gone", 20, 0, 0).within(window(0, 50)))));

        assertThat(plan.routes().get(0).stopIds()).containsExactly("early");
        assertThat(plan.routes().get(0).visits().get(0).start()).isEqualTo(at(110));
        assertThat(plan.leftOut()).extracting(LeftOutStop::stopId, LeftOutStop::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("gone", LeftOutReason.CANNOT_FIT_TIME_WINDOW));
    }

    @Test
    void takesLunchWithinItsWindowBetweenVisits() {
        Vehicle rep = rep("a", 0, 1000).withLunch(new LunchBreak(at(300), at(400), Duration.ofSeconds(60)));
        RoutePlan plan = planner.plan(problem(List.of(rep), List.of(
                stop("1", 10, 0, 100), stop("2", 20, 0, 100), stop("3", 30, 0, 100), stop("4", 40, 0, 100))));

        PlannedRoute route = plan.routes().get(0);
        assertThat(route.lunchStart()).isBetween(at(300), at(340));
        var lunchEnd = route.lunchStart().plusSeconds(60);
        assertThat(route.visits()).allSatisfy(v ->
                assertThat(!v.departure().isAfter(route.lunchStart()) || !v.start().isBefore(lunchEnd)).isTrue());
        assertThat(plan.leftOut()).isEmpty();
    }

    @Test
    void measuresTheImprovementOverTheCurrentOrder() {
        RouteProblem zigzag = problem(List.of(rep("a", 0, 1000)),
                List.of(stop("1", 10, 0, 0), stop("2", 20, 0, 0), stop("3", 30, 0, 0)))
                .withCurrentOrder(Map.of("a", List.of("2", "1", "3")));

        RoutePlan plan = planner.plan(zigzag);

        // current: 20 + 10 + 20 + 30 back = 80; planned: out and back along the line = 60
        assertThat(plan.improvement().currentDistance()).isCloseTo(80, within(1e-9));
        assertThat(plan.improvement().distanceSaved()).isCloseTo(20, within(1e-9));
        assertThat(plan.improvement().distanceSavedPercent()).isCloseTo(25, within(1e-9));
    }
}
