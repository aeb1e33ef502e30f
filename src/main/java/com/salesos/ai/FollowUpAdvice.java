package com.salesos.ai;

import java.time.Instant;

/**
 * What the visit follow-up process needs after a logged visit: {@code outcome} FOLLOW_UP, ORDER_INTENT or
 * NO_INTEREST, when the follow-up is due (UTC), the account's potential (LOW/MEDIUM/HIGH) and a summary.
 */
public record FollowUpAdvice(String outcome, Instant followUpDue, String potential, String summary) {
}
