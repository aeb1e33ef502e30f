package com.salesos.reps;

/** The outcome of defining a territory by its code: whether it was new, or whether its definition changed. */
public record TerritoryDefinition(TerritoryView territory, boolean created, boolean changed) {
}
