package com.salesos.inbound;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CompetitorObservations extends JpaRepository<CompetitorObservation, UUID>,
        JpaSpecificationExecutor<CompetitorObservation> {
}
