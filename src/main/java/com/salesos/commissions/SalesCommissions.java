package com.salesos.commissions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SalesCommissions extends JpaRepository<SalesCommission, UUID>, JpaSpecificationExecutor<SalesCommission> {

    Optional<SalesCommission> findByOrderIdAndDecisionId(UUID orderId, String decisionId);

    List<SalesCommission> findByOrderIdOrderByCreatedAt(UUID orderId);
}
