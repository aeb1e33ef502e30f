package com.salesos.platform;

import java.time.ZoneId;

/** Checks that a time zone is an IANA region id ({@code Europe/Berlin}), not an offset or an abbreviation. */
public final class TimeZones {

    private TimeZones() {
    }

    /**
     * @return {@code zone} unchanged when it is an IANA id
     * @throws InvalidFieldException naming {@code field} otherwise
     */
    public static String requireIana(String zone, String field) {
        if (zone == null || !ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new InvalidFieldException(field, "must be an IANA time zone id such as Europe/Berlin");
        }
        return zone;
    }
}
