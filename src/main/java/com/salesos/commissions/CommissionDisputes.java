package com.salesos.commissions;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommissionDisputes extends JpaRepository<CommissionDispute, UUID> {

    boolean existsByCommissionIdAndStatus(UUID commissionId, String status);

    List<CommissionDispute> findByCommissionIdOrderByCreatedAt(UUID commissionId);
}
