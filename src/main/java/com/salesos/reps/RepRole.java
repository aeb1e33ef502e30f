package com.salesos.reps;

/** What a rep does: visits accounts in the field, sells from the office, or leads a team of reps. */
public enum RepRole {
    FIELD, INSIDE, MANAGER
}
