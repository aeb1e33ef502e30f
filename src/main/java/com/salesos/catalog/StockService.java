package com.salesos.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.salesos.platform.ConflictException;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock per product and location, and reservations that hold units for an order. Reservations are idempotent by
 * reference: reserving again with the same reference answers the first reservation, released or not. The stock
 * rows of a product are locked while it is reserved or released, so concurrent orders never oversell; callers
 * that reserve several products in one transaction should do so in SKU order.
 */
@Service
public class StockService {

    private final Products products;
    private final StockLevels levels;
    private final StockReservations reservations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StockService(Products products, StockLevels levels, StockReservations reservations,
            ApplicationEventPublisher events, Clock clock) {
        this.products = products;
        this.levels = levels;
        this.reservations = reservations;
        this.events = events;
        this.clock = clock;
    }

    /** Units that can still be reserved over all locations. @throws NotFoundException for an unknown SKU */
    @Transactional(readOnly = true)
    public int availableStock(String sku) {
        return levels.findByProductIdOrderByLocation(product(sku).getId()).stream().mapToInt(StockLevel::available).sum();
    }

    @Transactional(readOnly = true)
    public List<StockView> stockOf(String sku) {
        return levels.findByProductIdOrderByLocation(product(sku).getId()).stream().map(l -> l.toView(sku)).toList();
    }

    /** Records a stock count: {@code onHand} units at {@code location}; reservations stay. */
    @Transactional
    public StockView setStock(String sku, String location, int onHand) {
        if (onHand < 0) {
            throw new InvalidFieldException("onHand", "must be 0 or more");
        }
        if (location == null || location.isBlank()) {
            throw new InvalidFieldException("location", "is required");
        }
        return count(product(sku), location, onHand).level().toView(sku);
    }

    /**
     * Records a batch of stock counts from the inventory system, all or nothing, and publishes
     * {@link StockLevelsChanged} for the counts that changed a level.
     *
     * @throws InvalidFieldException naming {@code items[i].sku} (unknown), {@code items[i].location} (blank) or
     *         {@code items[i].onHand} (negative)
     */
    @Transactional
    public List<StockView> recordCounts(List<StockCount> counts) {
        Map<String, Product> bySku = products.findBySkuIn(counts.stream().map(StockCount::sku).toList()).stream()
                .collect(Collectors.toMap(Product::getSku, Function.identity()));
        List<InvalidFieldException.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            StockCount c = counts.get(i);
            if (!bySku.containsKey(c.sku())) {
                errors.add(new InvalidFieldException.FieldError("items[" + i + "].sku", "is not a known product"));
            }
            if (c.location() == null || c.location().isBlank()) {
                errors.add(new InvalidFieldException.FieldError("items[" + i + "].location", "is required"));
            }
            if (c.onHand() < 0) {
                errors.add(new InvalidFieldException.FieldError("items[" + i + "].onHand", "must be 0 or more"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        List<StockView> views = new ArrayList<>();
        List<StockLevelsChanged.Change> changes = new ArrayList<>();
        // in SKU order, like reservations, so concurrent batches lock products in the same order
        counts.stream().sorted(Comparator.comparing(StockCount::sku)).forEach(c -> {
            Counted counted = count(bySku.get(c.sku()), c.location().strip(), c.onHand());
            StockView view = counted.level().toView(c.sku());
            views.add(view);
            if (counted.previousOnHand() != c.onHand()) {
                changes.add(new StockLevelsChanged.Change(c.sku(), view.location(), c.onHand(),
                        counted.previousAvailable(), view.available()));
            }
        });
        if (!changes.isEmpty()) {
            events.publishEvent(new StockLevelsChanged(changes, clock.instant()));
        }
        return views;
    }

    private Counted count(Product product, String location, int onHand) {
        StockLevel level = levels.lockByProduct(product.getId()).stream()
                .filter(l -> l.getLocation().equals(location)).findFirst()
                .orElseGet(() -> levels.save(new StockLevel(product.getId(), location, clock.instant())));
        Counted counted = new Counted(level, level.onHand(), level.available());
        level.count(onHand, clock.instant());
        return counted;
    }

    private record Counted(StockLevel level, int previousOnHand, int previousAvailable) {
    }

    /**
     * Holds {@code quantity} units for {@code reference} at the first location (by name) that has them all.
     *
     * @throws NotFoundException for an unknown SKU
     * @throws InvalidFieldException naming {@code quantity} or {@code reference} when invalid
     * @throws ConflictException when no location has enough, or the reference holds another quantity already
     */
    @Transactional
    public StockReservationView reserve(String sku, int quantity, String reference) {
        if (quantity <= 0) {
            throw new InvalidFieldException("quantity", "must be more than 0");
        }
        if (reference == null || reference.isBlank() || reference.length() > 100) {
            throw new InvalidFieldException("reference", "must be 1 to 100 characters");
        }
        Product product = product(sku);
        Map<UUID, StockLevel> locked = byId(levels.lockByProduct(product.getId()));
        Optional<StockReservation> earlier = reservations.findByReferenceAndProductId(reference, product.getId());
        if (earlier.isPresent()) {
            if (earlier.get().getQuantity() != quantity) {
                throw new ConflictException(reference + " already holds " + earlier.get().getQuantity() + " of " + sku);
            }
            return view(earlier.get(), sku, locked);
        }
        StockLevel level = locked.values().stream().filter(l -> l.available() >= quantity)
                .min(Comparator.comparing(StockLevel::getLocation))
                .orElseThrow(() -> new ConflictException("Not enough stock of " + sku + ": "
                        + locked.values().stream().mapToInt(StockLevel::available).sum() + " available, " + quantity
                        + " requested"));
        level.reserve(quantity, clock.instant());
        return view(reservations.save(new StockReservation(reference, product.getId(), level.getId(), quantity,
                clock.instant())), sku, locked);
    }

    /** Gives back what {@code reference} holds of the SKU; empty when it holds nothing. Safe to repeat. */
    @Transactional
    public Optional<StockReservationView> release(String sku, String reference) {
        Product product = product(sku);
        Map<UUID, StockLevel> locked = byId(levels.lockByProduct(product.getId()));
        return reservations.findByReferenceAndProductId(reference, product.getId()).map(r -> {
            if (!r.isReleased()) {
                locked.get(r.getStockLevelId()).release(r.getQuantity(), clock.instant());
                r.release(clock.instant());
            }
            return view(r, sku, locked);
        });
    }

    /** Gives back everything {@code reference} holds (an order cancelled); safe to repeat. */
    @Transactional
    public List<StockReservationView> releaseAll(String reference) {
        return reservations.findByReferenceOrderByProductId(reference).stream()
                .map(r -> products.findById(r.getProductId()).orElseThrow().getSku()).sorted()
                .flatMap(sku -> release(sku, reference).stream()).toList();
    }

    private Product product(String sku) {
        return products.findBySku(sku).orElseThrow(() -> new NotFoundException("Product", sku));
    }

    private static Map<UUID, StockLevel> byId(List<StockLevel> list) {
        return list.stream().collect(Collectors.toMap(StockLevel::getId, Function.identity()));
    }

    private static StockReservationView view(StockReservation r, String sku, Map<UUID, StockLevel> locked) {
        return r.toView(sku, locked.get(r.getStockLevelId()).getLocation());
    }
}
