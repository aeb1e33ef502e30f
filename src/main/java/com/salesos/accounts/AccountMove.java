package com.salesos.accounts;

import java.util.UUID;

/** An account moved from one territory to another by a change of the territory map; either id may be null. */
public record AccountMove(UUID accountId, String accountName, UUID fromTerritoryId, UUID toTerritoryId) {
}
