package com.salesos.inbound;

import java.util.List;

import com.salesos.visits.FollowUpRequests;

/** The follow-up tasks a virtual-office call asked for: per item, the rep and the process instance. */
record ActionItemReport(String eventId, int received, List<FollowUpRequests.Requested> followUps) {
}
