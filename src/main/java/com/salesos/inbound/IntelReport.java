package com.salesos.inbound;

import java.util.List;
import java.util.UUID;

/** The answer to competitor observations: the ids they were stored under, in the order they came. */
record IntelReport(String eventId, int received, List<UUID> ids) {
}
