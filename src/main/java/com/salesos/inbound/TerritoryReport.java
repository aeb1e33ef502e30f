package com.salesos.inbound;

import java.util.List;
import java.util.UUID;

/**
 * The answer to territory definitions: which codes were created, changed or left as they were, and every account
 * that moved to another territory (or out of one) because of them.
 */
record TerritoryReport(String eventId, List<String> created, List<String> updated, List<String> unchanged,
        List<Move> accountMoves) {

    /** An account that moved; a null territory means none covers the account any more. */
    record Move(UUID accountId, String accountName, String fromTerritory, UUID fromTerritoryId, String toTerritory,
            UUID toTerritoryId) {
    }
}
