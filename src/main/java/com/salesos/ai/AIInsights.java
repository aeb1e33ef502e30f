package com.salesos.ai;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AIInsights extends JpaRepository<AIInsight, UUID>, JpaSpecificationExecutor<AIInsight> {
}
