package com.salesos.visits;

/**
 * How a visit ended, from the sales point of view: {@code NOT_MET} nobody to talk to (closed, decision maker away),
 * {@code NO_INTEREST} met and declined, {@code INTERESTED} positive without a concrete next step,
 * {@code FOLLOW_UP_NEEDED} a promised next step (offer, sample, call), {@code ORDER_INTENT} the account wants to
 * order (a quote or order follows).
 */
public enum VisitOutcome {
    NOT_MET, NO_INTEREST, INTERESTED, FOLLOW_UP_NEEDED, ORDER_INTENT
}
