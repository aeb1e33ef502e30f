package com.salesos.pipeline;

/** A lead's qualification: NEW → CONTACTED → QUALIFIED → CONVERTED, or DISQUALIFIED from any open status. */
public enum LeadStatus {
    NEW, CONTACTED, QUALIFIED, DISQUALIFIED, CONVERTED;

    boolean isOpen() {
        return this == NEW || this == CONTACTED || this == QUALIFIED;
    }
}
