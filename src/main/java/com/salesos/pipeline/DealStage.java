package com.salesos.pipeline;

/** A deal's stage; WON and LOST close it. {@link #defaultProbability()} applies when none is given. */
public enum DealStage {
    PROSPECTING(10), QUALIFICATION(25), PROPOSAL(50), NEGOTIATION(75), WON(100), LOST(0);

    private final int defaultProbability;

    DealStage(int defaultProbability) {
        this.defaultProbability = defaultProbability;
    }

    public int defaultProbability() {
        return defaultProbability;
    }

    public boolean isClosed() {
        return this == WON || this == LOST;
    }
}
