package com.salesos.routes;

import java.time.LocalDate;
import java.util.UUID;

/** Which plans to list: of one rep (or every rep the caller sees), dated from/to inclusive. */
public record RoutePlanFilter(UUID repId, LocalDate from, LocalDate to) {
}
