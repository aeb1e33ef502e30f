package com.salesos.inbound;

import java.util.List;

import com.salesos.reps.NewTerritory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Territory definitions from planning: per code a GeoJSON boundary and/or postal codes, created or replaced. */
record TerritoryFeed(@Size(max = 200) String eventId,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid NewTerritory> items) {
}
