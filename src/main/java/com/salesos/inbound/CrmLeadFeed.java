package com.salesos.inbound;

import java.util.List;

import com.salesos.pipeline.CrmLead;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Leads from the CRM: one ({@code lead}) or a batch ({@code items}), exactly one of the two. */
record CrmLeadFeed(@Size(max = 200) String eventId, @Valid CrmLead lead,
        @Size(max = 1000) List<@NotNull @Valid CrmLead> items) {
}
