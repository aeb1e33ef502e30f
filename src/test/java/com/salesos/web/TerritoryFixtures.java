package com.salesos.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountType;
import com.salesos.accounts.NewAccount;
import com.salesos.accounts.OpeningHours;
import com.salesos.platform.GeoPoint;
import com.salesos.reps.NewTerritory;
import com.salesos.reps.RepService;
import com.salesos.reps.TerritoryService;

/** A rep's territory for the territory page's tests: a square around the rep's home and dealers open all week. */
final class TerritoryFixtures {

    private TerritoryFixtures() {
    }

    /** A square of 0.2° around {@code home}, the rep's primary territory since a month before {@code today}. */
    static UUID squareAround(TerritoryService territories, RepService reps, ObjectMapper json, UUID repId,
            GeoPoint home, LocalDate today, String name) {
        double s = home.lat() - 0.1, n = home.lat() + 0.1, w = home.lon() - 0.1, e = home.lon() + 0.1;
        try {
            UUID id = territories.create(new NewTerritory("T" + UUID.randomUUID().toString().substring(0, 8), name,
                    null, json.readTree("""
                            {"type": "Polygon", "coordinates": [[[%s, %s], [%s, %s], [%s, %s], [%s, %s], [%s, %s]]]}
                            """.formatted(w, s, e, s, e, n, w, n, w, s)), null)).id();
            reps.assignTerritory(repId, id, today.minusDays(30), null, true);
            return id;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A dealer in the territory, open all day every day. */
    static UUID dealer(AccountService accounts, UUID territoryId, String name, GeoPoint place) {
        OpeningHours allWeek = new OpeningHours(Arrays.stream(DayOfWeek.values()).collect(Collectors.toMap(d -> d,
                d -> List.of(new OpeningHours.Window(LocalTime.of(0, 0), LocalTime.of(23, 59))))));
        return accounts.create(new NewAccount(name,
                AccountType.DEALER, null, null, null, null, null, null, place.lat(), place.lon(), allWeek,
                "Europe/Berlin", territoryId, null, null, null)).id();
    }
}
