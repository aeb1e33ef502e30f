package com.salesos.reps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.salesos.platform.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The territory map at one moment, boundaries parsed once: answers which territory a place or postal code lies in
 * for many places in a row (re-assigning accounts) without reading the territories again for each.
 */
public final class TerritoryLocator {

    private record Area(TerritoryView territory, Geometry boundary) {
    }

    private final List<Area> areas;
    private final Map<String, TerritoryView> byPostalCode = new HashMap<>();

    /** @param territories in code order: where areas overlap or postal codes repeat, the lowest code wins */
    TerritoryLocator(List<SalesTerritory> territories) {
        this.areas = territories.stream().filter(t -> t.getBoundary() != null)
                .map(t -> new Area(t.toView(), TerritoryBoundary.read(t.getBoundary()))).toList();
        territories.forEach(t -> t.toView().postalCodes().forEach(p -> byPostalCode.putIfAbsent(p, t.toView())));
    }

    /** The territory whose boundary holds the point (its edge included). */
    public Optional<TerritoryView> at(GeoPoint place) {
        var point = TerritoryBoundary.GEOMETRY.createPoint(new Coordinate(place.lon(), place.lat()));
        return areas.stream().filter(a -> a.boundary().covers(point)).findFirst().map(Area::territory);
    }

    /** The territory that lists this postal code. */
    public Optional<TerritoryView> forPostalCode(String postalCode) {
        return postalCode == null ? Optional.empty() : Optional.ofNullable(byPostalCode.get(postalCode.strip()));
    }

    /** The territory of a place, else of its postal code; either may be null. */
    public Optional<TerritoryView> locate(GeoPoint place, String postalCode) {
        Optional<TerritoryView> byPlace = place == null ? Optional.empty() : at(place);
        return byPlace.isPresent() ? byPlace : forPostalCode(postalCode);
    }
}
