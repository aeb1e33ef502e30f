package com.salesos.reps;

/** Whether a rep currently works; inactive reps keep their history but get no new work. */
public enum RepStatus {
    ACTIVE, INACTIVE
}
