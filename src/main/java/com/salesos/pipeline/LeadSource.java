package com.salesos.pipeline;

/** Where a lead came from; the same values the lead SLA decision table takes. */
public enum LeadSource {
    WEB, REFERRAL, PARTNER, EVENT, OTHER
}
