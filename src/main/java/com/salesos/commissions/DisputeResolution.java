package com.salesos.commissions;

/** How a manager ends a commission dispute: take the recalculated amount, keep the original, or set an amount. */
public enum DisputeResolution {
    ACCEPT_NEW, KEEP, ADJUST
}
