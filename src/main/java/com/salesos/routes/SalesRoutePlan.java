package com.salesos.routes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.salesos.platform.ConflictException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A rep's planned day: the stops in visiting order and the day's totals. Moves on as its stops are visited. */
@Entity
@Table(name = "sales_route_plan")
class SalesRoutePlan {

    @Id
    private UUID id;
    @Column(name = "rep_id", nullable = false)
    private UUID repId;
    @Column(name = "plan_date", nullable = false)
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoutePlanStatus status;
    @Column(name = "time_zone", nullable = false)
    private String timeZone;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;
    @Column(name = "distance_km", nullable = false)
    private BigDecimal distanceKm;
    @Column(name = "travel_minutes", nullable = false)
    private int travelMinutes;
    @Column(name = "visit_minutes", nullable = false)
    private int visitMinutes;
    @Column(name = "wait_minutes", nullable = false)
    private int waitMinutes;
    @Column(name = "stop_count", nullable = false)
    private int stopCount;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    private List<SalesRouteStop> stops = new ArrayList<>();

    protected SalesRoutePlan() {
    }

    SalesRoutePlan(UUID repId, LocalDate date, ZoneId zone, Timetable.Day day, List<UUID> accountIds,
            List<Timetable.Stop> stops, List<Integer> priorities, Instant now) {
        this.id = UUID.randomUUID();
        this.repId = repId;
        this.date = date;
        this.status = RoutePlanStatus.PLANNED;
        this.timeZone = zone.getId();
        this.startsAt = day.startsAt().toInstant();
        this.endsAt = day.endsAt().toInstant();
        this.distanceKm = day.distanceKm();
        this.travelMinutes = day.travelMinutes();
        this.visitMinutes = day.visitMinutes();
        this.waitMinutes = day.waitMinutes();
        this.stopCount = stops.size();
        this.createdAt = now;
        for (int i = 0; i < stops.size(); i++) {
            this.stops.add(new SalesRouteStop(this, accountIds.get(i), i + 1, stops.get(i), priorities.get(i),
                    day.stops().get(i)));
        }
    }

    /** Marks the stop visited and moves the day on: in progress, or completed when no stop is left open. */
    void stopVisited(SalesRouteStop stop) {
        stop.markVisited();
        status = stops.stream().anyMatch(SalesRouteStop::isOpen) ? RoutePlanStatus.IN_PROGRESS
                : RoutePlanStatus.COMPLETED;
    }

    /**
     * Ends the day: stops not visited are skipped and the plan is completed. Closing a closed day changes nothing;
     * either way the answer is the day's skipped stops in visiting order.
     */
    List<SalesRouteStop> closeDay() {
        if (status != RoutePlanStatus.CANCELLED) {
            stops.forEach(SalesRouteStop::markSkipped);
            status = RoutePlanStatus.COMPLETED;
        }
        return stops.stream().filter(SalesRouteStop::isSkipped).toList();
    }

    /** The visited stop with the latest planned departure, if any. */
    Optional<SalesRouteStop> lastVisited() {
        return stops.stream().filter(s -> !s.isOpen()).max(Comparator.comparing(SalesRouteStop::plannedDeparture));
    }

    /** Drops the stops not visited yet; the caller flushes before {@link #appendStops}. */
    void removeOpenStops() {
        if (status == RoutePlanStatus.COMPLETED) {
            throw new ConflictException("Route plan " + id + " is completed");
        }
        stops.removeIf(SalesRouteStop::isOpen);
    }

    /** Appends stops timed by {@code tail} after the ones kept, and recomputes the day's totals. */
    void appendStops(Timetable.Day tail, List<UUID> accountIds, List<Timetable.Stop> newStops, List<Integer> priorities) {
        boolean underWay = !stops.isEmpty();
        for (int i = 0; i < newStops.size(); i++) {
            stops.add(new SalesRouteStop(this, accountIds.get(i), stops.size() + 1, newStops.get(i), priorities.get(i),
                    tail.stops().get(i)));
        }
        if (!underWay) {
            startsAt = tail.startsAt().toInstant();
        }
        endsAt = tail.endsAt().toInstant();
        distanceKm = tail.distanceKm().add(stops.stream().filter(s -> !s.isOpen()).map(SalesRouteStop::distanceKm)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        travelMinutes = tail.travelMinutes() + stops.stream().filter(s -> !s.isOpen()).mapToInt(SalesRouteStop::travelMinutes).sum();
        visitMinutes = stops.stream().mapToInt(SalesRouteStop::visitMinutes).sum();
        waitMinutes = tail.waitMinutes() + stops.stream().filter(s -> !s.isOpen()).mapToInt(SalesRouteStop::waitMinutes).sum();
        stopCount = stops.size();
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    UUID getId() {
        return id;
    }

    UUID getRepId() {
        return repId;
    }

    List<SalesRouteStop> getStops() {
        return stops;
    }

    RoutePlanView toView(Map<UUID, String> accountNames) {
        return new RoutePlanView(id, repId, date, status, timeZone, startsAt, endsAt,
                new RoutePlanView.Totals(distanceKm, travelMinutes, visitMinutes, waitMinutes, stopCount),
                stops.stream().map(s -> s.toView(accountNames.get(s.getAccountId()))).toList(), createdAt);
    }
}
