package com.salesos.inbound;

import java.util.UUID;

/** The answer to a partner order: the order made for it (or the one made before for the same reference). */
record PartnerOrderReport(String eventId, UUID orderId, String number, String status, Long processInstanceKey,
        boolean created) {
}
