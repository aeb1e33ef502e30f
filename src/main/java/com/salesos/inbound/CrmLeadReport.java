package com.salesos.inbound;

import java.util.List;

import com.salesos.pipeline.LeadIntake;

/** What the CRM's call did: per delivered lead, the lead it created or updated (in the order sent). */
record CrmLeadReport(String eventId, int received, int created, int updated, List<LeadIntake.Received> leads) {
}
