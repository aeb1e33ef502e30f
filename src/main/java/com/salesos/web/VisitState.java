package com.salesos.web;

/**
 * Where an account stands against its visit cadence (days between visits from the {@code visit-cadence} decision),
 * counted from the rep's last visit: the same due date the visit planner uses.
 */
enum VisitState {
    /** Due in more than a week. */
    OK("ok", "visited within its cadence"),
    /** Falls due within the coming week (the week the planner proposes). */
    SOON("soon", "due within a week"),
    /** Due today, or never visited (the planner takes it as due today). */
    DUE("due", "due now or never visited"),
    /** Past its due date. */
    OVERDUE("overdue", "overdue");

    static final int SOON_DAYS = 7;

    private final String css;
    private final String label;

    VisitState(String css, String label) {
        this.css = css;
        this.label = label;
    }

    public String css() {
        return css;
    }

    public String label() {
        return label;
    }

    /** @param daysLeft days until the due date (negative when past it), null when never visited */
    static VisitState of(Integer daysLeft) {
        if (daysLeft == null || daysLeft == 0) return DUE;
        if (daysLeft < 0) return OVERDUE;
        return daysLeft <= SOON_DAYS ? SOON : OK;
    }
}
