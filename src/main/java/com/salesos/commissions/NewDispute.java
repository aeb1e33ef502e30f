package com.salesos.commissions;

/** A rep's dispute of a commission: why, and the facts the decision should be evaluated on. */
public record NewDispute(String reason, CorrectedFacts corrected) {
}
