package com.salesos.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.reps.NewRep;
import com.salesos.reps.NewTerritory;
import com.salesos.reps.Quota;
import com.salesos.reps.QuotaPeriod;
import com.salesos.reps.RepRole;
import com.salesos.reps.RepService;
import com.salesos.reps.TerritoryService;
import com.salesos.security.Role;
import com.salesos.security.UserService;
import org.springframework.stereotype.Component;

/** The three territories, manager1 with rep1 … rep5, ops1 and admin; every password is {@value #PASSWORD}. */
@Component
class DemoTeam implements DemoStep {

    static final String PASSWORD = "salesos";

    private final TerritoryService territories;
    private final RepService reps;
    private final UserService users;
    private final ObjectMapper json;
    private final Clock clock;

    DemoTeam(TerritoryService territories, RepService reps, UserService users, ObjectMapper json, Clock clock) {
        this.territories = territories;
        this.reps = reps;
        this.users = users;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "base-team";
    }

    @Override
    public int getOrder() {
        return 100;
    }

    @Override
    public void load() {
        UUID[] territory = new UUID[DemoRegion.values().length];
        for (DemoRegion area : DemoRegion.values()) {
            territory[area.ordinal()] = territories.create(new NewTerritory(area.code, area.displayName,
                    DemoRegion.REGION, readTree(area.geoJson()), area.postalCodes)).id();
        }
        Random random = new Random(7);
        Quota quarterly = new Quota(new BigDecimal("150000.00"), "EUR", QuotaPeriod.QUARTER);
        UUID manager = reps.create(new NewRep("Maria", "Huber", "maria.huber@isar-getraenke.example", "+49 89 4400100",
                RepRole.MANAGER, null, null, null, DemoRegion.NORTH.randomPlace(random), "Europe/Berlin",
                new Quota(new BigDecimal("600000.00"), "EUR", QuotaPeriod.QUARTER), "manager1", PASSWORD)).id();
        String[][] people = { { "Anna", "Berger" }, { "Lukas", "Maier" }, { "Sophie", "Wagner" }, { "Jonas", "Schmid" },
                { "Lea", "Hofmann" } };
        // rep1-3 own a territory each; rep4 and rep5 help out in two territories
        int[][] covers = { { 0 }, { 1 }, { 2 }, { 0, 1 }, { 2, 0 } };
        LocalDate since = LocalDate.now(clock).minusYears(1);
        for (int i = 0; i < people.length; i++) {
            DemoRegion home = DemoRegion.values()[covers[i][0]];
            UUID rep = reps.create(new NewRep(people[i][0], people[i][1],
                    (people[i][0] + "." + people[i][1]).toLowerCase() + "@isar-getraenke.example",
                    "+49 89 44001" + (10 + i), RepRole.FIELD, manager, null, null, home.randomPlace(random),
                    "Europe/Berlin", quarterly, "rep" + (i + 1), PASSWORD)).id();
            for (int c = 0; c < covers[i].length; c++) {
                reps.assignTerritory(rep, territory[covers[i][c]], since, null, i < 3);
            }
        }
        ensureUser("ops1", "Olga Obermaier", Role.SALES_OPS);
        ensureUser("admin", "Administrator", Role.ADMIN);
    }

    private void ensureUser(String username, String displayName, Role role) {
        if (!users.exists(username)) {
            users.create(username, PASSWORD, displayName, EnumSet.of(role), null);
        }
    }

    private com.fasterxml.jackson.databind.JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
