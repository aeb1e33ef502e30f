package com.salesos.reps;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.salesos.platform.GeoPoint;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.platform.PageResponse;
import org.locationtech.jts.geom.Point;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds sales territories, and tells which territory a place or postal code belongs to. */
@Service
public class TerritoryService {

    private final SalesTerritories territories;
    private final Clock clock;

    TerritoryService(SalesTerritories territories, Clock clock) {
        this.territories = territories;
        this.clock = clock;
    }

    /** @throws InvalidFieldException naming {@code code} when taken, {@code boundary} when not a valid area */
    @Transactional
    public TerritoryView create(NewTerritory request) {
        List<String> postalCodes = request.postalCodes() == null ? List.of() : request.postalCodes();
        if (request.boundary() == null && postalCodes.isEmpty()) {
            throw new InvalidFieldException("boundary", "is required when no postalCodes are given");
        }
        String boundary = null;
        if (request.boundary() != null) {
            TerritoryBoundary.parse(request.boundary());
            boundary = request.boundary().toString();
        }
        if (territories.existsByCode(request.code())) {
            throw new InvalidFieldException("code", "is already used by another territory");
        }
        Set<String> codes = new LinkedHashSet<>();
        postalCodes.forEach(p -> codes.add(p.strip()));
        return territories.save(new SalesTerritory(request.code(), request.name(), request.region(), boundary, codes,
                clock.instant())).toView();
    }

    /** @throws NotFoundException when no territory has this id */
    @Transactional(readOnly = true)
    public TerritoryView get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("Territory", id));
    }

    @Transactional(readOnly = true)
    public Optional<TerritoryView> find(UUID id) {
        return territories.findById(id).map(SalesTerritory::toView);
    }

    @Transactional(readOnly = true)
    public PageResponse<TerritoryView> list(PageRequest page) {
        return PageResponse.of(territories.findAll(page.withSort(org.springframework.data.domain.Sort.by("code"))),
                SalesTerritory::toView);
    }

    /** The territory whose boundary holds the point (its edge included); the lowest code wins where areas overlap. */
    @Transactional(readOnly = true)
    public Optional<TerritoryView> territoryAt(double lat, double lon) {
        GeoPoint place = new GeoPoint(lat, lon);
        Point point = TerritoryBoundary.GEOMETRY.createPoint(new org.locationtech.jts.geom.Coordinate(place.lon(),
                place.lat()));
        return territories.findAllWithBoundary().stream()
                .filter(t -> TerritoryBoundary.read(t.getBoundary()).covers(point))
                .findFirst().map(SalesTerritory::toView);
    }

    /** The territory that lists this postal code; the lowest code wins when several do. */
    @Transactional(readOnly = true)
    public Optional<TerritoryView> territoryForPostalCode(String postalCode) {
        if (postalCode == null || postalCode.isBlank()) {
            return Optional.empty();
        }
        return territories.findByPostalCode(postalCode.strip()).stream().findFirst().map(SalesTerritory::toView);
    }

    /** The territory of a place, else of its postal code; either may be null. */
    @Transactional(readOnly = true)
    public Optional<TerritoryView> locate(GeoPoint place, String postalCode) {
        Optional<TerritoryView> byPlace = place == null ? Optional.empty() : territoryAt(place.lat(), place.lon());
        return byPlace.isPresent() ? byPlace : territoryForPostalCode(postalCode);
    }
}
