package com.salesos.accounts;

import java.util.UUID;

/** Narrows an account list; nulls match all, {@code q} searches name, city and email. */
public record AccountFilter(UUID territoryId, AccountType type, AccountTier tier, String q) {
}
