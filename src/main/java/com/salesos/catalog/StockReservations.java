package com.salesos.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StockReservations extends JpaRepository<StockReservation, UUID> {

    Optional<StockReservation> findByReferenceAndProductId(String reference, UUID productId);

    List<StockReservation> findByReferenceOrderByProductId(String reference);
}
