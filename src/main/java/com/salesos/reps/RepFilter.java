package com.salesos.reps;

import java.util.UUID;

/** Narrows a rep list: reps covering {@code territoryId} today, in {@code status}, matching {@code q}; nulls match all. */
public record RepFilter(UUID territoryId, RepStatus status, String q) {
}
