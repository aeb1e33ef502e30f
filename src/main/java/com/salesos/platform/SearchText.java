package com.salesos.platform;

/** Turns a free-text search ({@code q}) into a case-insensitive SQL LIKE pattern with {@link #ESCAPE} as escape. */
public final class SearchText {

    public static final char ESCAPE = '\\';

    private SearchText() {
    }

    /** "50% off" → "%50\% off%" in lower case; the user's wildcards match themselves. */
    public static String containsPattern(String q) {
        String escaped = q.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    public static boolean isGiven(String q) {
        return q != null && !q.isBlank();
    }
}
