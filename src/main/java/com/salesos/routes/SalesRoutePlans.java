package com.salesos.routes;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SalesRoutePlans extends ListCrudRepository<SalesRoutePlan, UUID> {

    @Query("""
            select count(p) > 0 from SalesRoutePlan p
            where p.repId = :repId and p.date = :date and p.status <> com.salesos.routes.RoutePlanStatus.CANCELLED""")
    boolean hasLivePlan(UUID repId, LocalDate date);

    @Query("""
            select p from SalesRoutePlan p
            where (:allReps = true or p.repId in :repIds) and (:repId is null or p.repId = :repId)
              and p.date >= :from and p.date <= :to""")
    Page<SalesRoutePlan> find(boolean allReps, Collection<UUID> repIds, UUID repId, LocalDate from, LocalDate to,
            Pageable page);

    @Query("""
            select p from SalesRoutePlan p
            where p.repId = :repId and p.date = :date and p.status <> com.salesos.routes.RoutePlanStatus.CANCELLED""")
    Optional<SalesRoutePlan> findLive(UUID repId, LocalDate date);

    /** Writes pending removals before new stops take their sequence numbers (unique per plan). */
    void flush();

    @Query("select s.plan from SalesRouteStop s where s.id = :stopId")
    Optional<SalesRoutePlan> findByStopId(UUID stopId);
}
