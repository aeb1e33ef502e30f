package com.salesos.reps;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** A sales territory as other features and API callers see it; {@code boundary} is GeoJSON text (or null). */
public record TerritoryView(UUID id, String code, String name, String region, @JsonRawValue String boundary,
        List<String> postalCodes) {
}
