package com.salesos.reps;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What it takes to create a territory: a unique code, a name, and a GeoJSON Polygon/MultiPolygon boundary
 * (lon/lat) or postal codes, or both.
 */
public record NewTerritory(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "may hold letters, digits, _ and - only") String code,
        @NotBlank @Size(max = 200) String name, @Size(max = 200) String region, JsonNode boundary,
        List<@NotBlank @Size(max = 20) String> postalCodes) {
}
