package com.salesos.quotes;

/** The outcome of the approval step: approved by a person or by the guardrails, rejected, or refused outright. */
public enum ApprovalDecision {
    APPROVED, REJECTED, REFUSED
}
