package com.salesos.routes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

import com.salesos.platform.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One account on a route plan, with its place in the order, its time window and its planned times. */
@Entity
@Table(name = "sales_route_stop")
class SalesRouteStop {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private SalesRoutePlan plan;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(nullable = false)
    private int sequence;
    @Column(name = "planned_arrival", nullable = false)
    private Instant plannedArrival;
    @Column(name = "planned_departure", nullable = false)
    private Instant plannedDeparture;
    @Column(name = "window_from")
    private LocalTime windowFrom;
    @Column(name = "window_to")
    private LocalTime windowTo;
    @Column(name = "visit_minutes", nullable = false)
    private int visitMinutes;
    @Column(nullable = false)
    private int priority;
    @Column(name = "distance_km", nullable = false)
    private BigDecimal distanceKm;
    @Column(name = "travel_minutes", nullable = false)
    private int travelMinutes;
    @Column(name = "wait_minutes", nullable = false)
    private int waitMinutes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RouteStopStatus status;

    protected SalesRouteStop() {
    }

    SalesRouteStop(SalesRoutePlan plan, UUID accountId, int sequence, Timetable.Stop stop, int priority,
            Timetable.Timing timing) {
        this.id = UUID.randomUUID();
        this.plan = plan;
        this.accountId = accountId;
        this.sequence = sequence;
        this.windowFrom = stop.windowFrom();
        this.windowTo = stop.windowTo();
        this.visitMinutes = stop.visitMinutes();
        this.priority = priority;
        this.distanceKm = timing.distanceKm();
        this.travelMinutes = timing.travelMinutes();
        this.waitMinutes = timing.waitMinutes();
        this.plannedArrival = timing.arrival().toInstant();
        this.plannedDeparture = timing.departure().toInstant();
        this.status = RouteStopStatus.PLANNED;
    }

    /** @throws ConflictException when the stop was already visited, skipped or cancelled */
    void markVisited() {
        if (status != RouteStopStatus.PLANNED) {
            throw new ConflictException("Route stop " + id + " is " + status + ", not PLANNED");
        }
        status = RouteStopStatus.VISITED;
    }

    /** The day ended before the visit; the stop becomes a follow-up. No-op unless PLANNED. */
    void markSkipped() {
        if (status == RouteStopStatus.PLANNED) {
            status = RouteStopStatus.SKIPPED;
        }
    }

    boolean isOpen() {
        return status == RouteStopStatus.PLANNED;
    }

    boolean isSkipped() {
        return status == RouteStopStatus.SKIPPED;
    }

    int sequence() {
        return sequence;
    }

    Instant plannedDeparture() {
        return plannedDeparture;
    }

    BigDecimal distanceKm() {
        return distanceKm;
    }

    int travelMinutes() {
        return travelMinutes;
    }

    int visitMinutes() {
        return visitMinutes;
    }

    int waitMinutes() {
        return waitMinutes;
    }

    UUID getId() {
        return id;
    }

    UUID getAccountId() {
        return accountId;
    }

    SalesRoutePlan getPlan() {
        return plan;
    }

    RoutePlanView.Stop toView(String accountName) {
        RoutePlanView.TimeWindow window = windowFrom == null ? null : new RoutePlanView.TimeWindow(windowFrom, windowTo);
        // the visit is late when it cannot start before the window closes
        boolean late = windowTo != null && !plannedArrival.isBefore(
                plannedArrival.atZone(plan.zone()).with(windowTo).toInstant());
        return new RoutePlanView.Stop(id, sequence, accountId, accountName, plannedArrival, plannedDeparture, window,
                visitMinutes, priority, distanceKm, travelMinutes, waitMinutes, late, status);
    }
}
