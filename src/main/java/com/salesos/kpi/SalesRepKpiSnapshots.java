package com.salesos.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SalesRepKpiSnapshots extends JpaRepository<SalesRepKpiSnapshot, UUID> {

    Optional<SalesRepKpiSnapshot> findByRepIdAndPeriodStartAndPeriodEnd(UUID repId, LocalDate start, LocalDate end);

    List<SalesRepKpiSnapshot> findByRepIdAndPeriodStartGreaterThanEqualAndPeriodEndLessThanEqualOrderByPeriodStart(
            UUID repId, LocalDate from, LocalDate to);
}
