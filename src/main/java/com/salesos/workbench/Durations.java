package com.salesos.workbench;

import java.time.Duration;

/** Short human durations for the pages: "45s", "12m", "3h 20m", "2d 4h". */
final class Durations {

    private Durations() {
    }

    static String brief(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m";
        }
        if (s < 86400) {
            return (s / 3600) + "h" + (s % 3600 / 60 == 0 ? "" : " " + (s % 3600 / 60) + "m");
        }
        return (s / 86400) + "d" + (s % 86400 / 3600 == 0 ? "" : " " + (s % 86400 / 3600) + "h");
    }
}
