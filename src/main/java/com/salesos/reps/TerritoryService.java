package com.salesos.reps;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.platform.GeoPoint;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.platform.PageResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds sales territories, and tells which territory a place or postal code belongs to. */
@Service
public class TerritoryService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SalesTerritories territories;
    private final Clock clock;

    TerritoryService(SalesTerritories territories, Clock clock) {
        this.territories = territories;
        this.clock = clock;
    }

    /** @throws InvalidFieldException naming {@code code} when taken, {@code boundary} when not a valid area */
    @Transactional
    public TerritoryView create(NewTerritory request) {
        Definition d = checked(request);
        if (territories.existsByCode(request.code())) {
            throw new InvalidFieldException("code", "is already used by another territory");
        }
        return territories.save(new SalesTerritory(request.code(), request.name(), request.region(), d.boundary(),
                d.postalCodes(), clock.instant())).toView();
    }

    /**
     * Creates the territory with this code, or replaces the name, region, boundary and postal codes of the one that
     * has it. Accounts are not moved here: see {@code AccountService.reassignTerritories}.
     *
     * @throws InvalidFieldException naming {@code boundary} when neither it nor postal codes are given or it is not
     *         a valid area
     */
    @Transactional
    public TerritoryDefinition define(NewTerritory request) {
        Definition d = checked(request);
        Optional<SalesTerritory> existing = territories.findByCode(request.code());
        if (existing.isEmpty()) {
            return new TerritoryDefinition(create(request), true, true);
        }
        SalesTerritory territory = existing.get();
        boolean sameArea = Objects.equals(json(territory.getBoundary()), request.boundary());
        boolean changed = territory.redefine(request.name(), request.region(), d.boundary(), d.postalCodes());
        return new TerritoryDefinition(territories.saveAndFlush(territory).toView(), false, changed || !sameArea);
    }

    /** The territory map as it is now, for locating many places in a row. */
    @Transactional(readOnly = true)
    public TerritoryLocator locator() {
        return new TerritoryLocator(territories.findAllByOrderByCode());
    }

    @Transactional(readOnly = true)
    public Optional<TerritoryView> findByCode(String code) {
        return territories.findByCode(code).map(SalesTerritory::toView);
    }

    private record Definition(String boundary, Set<String> postalCodes) {
    }

    private static Definition checked(NewTerritory request) {
        List<String> postalCodes = request.postalCodes() == null ? List.of() : request.postalCodes();
        if (request.boundary() == null && postalCodes.isEmpty()) {
            throw new InvalidFieldException("boundary", "is required when no postalCodes are given");
        }
        String boundary = null;
        if (request.boundary() != null) {
            TerritoryBoundary.parse(request.boundary());
            boundary = request.boundary().toString();
        }
        Set<String> codes = new LinkedHashSet<>();
        postalCodes.forEach(p -> codes.add(p.strip()));
        return new Definition(boundary, codes);
    }

    private static JsonNode json(String stored) {
        try {
            return stored == null ? null : JSON.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored territory boundary is not JSON", e);
        }
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
        return new TerritoryLocator(territories.findAllWithBoundary()).at(new GeoPoint(lat, lon));
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
