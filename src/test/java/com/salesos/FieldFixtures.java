package com.salesos;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountType;
import com.salesos.accounts.NewAccount;
import com.salesos.accounts.OpeningHours;
import com.salesos.platform.GeoPoint;
import com.salesos.reps.NewRep;
import com.salesos.reps.RepRole;
import com.salesos.reps.RepService;
import com.salesos.security.Role;
import com.salesos.security.UserService;
import org.springframework.test.web.servlet.ResultActions;

/** A small field team per test (a manager with two reps, another manager, sales ops) and accounts at given places. */
public final class FieldFixtures {

    public static final String PASSWORD = "secret-pw";

    /** Usernames and rep ids; {@code rep} and {@code peer} are in {@code manager}'s team, {@code otherManager} has none. */
    public record Team(UUID managerId, String manager, UUID repId, String rep, UUID peerId, String peer,
            UUID otherManagerId, String otherManager, String ops) {
    }

    private FieldFixtures() {
    }

    /** A team whose reps live at {@code home} in Europe/Berlin. */
    public static Team team(RepService reps, UserService users, GeoPoint home) {
        String[] manager = rep(reps, RepRole.MANAGER, null, home);
        String[] rep = rep(reps, RepRole.FIELD, UUID.fromString(manager[0]), home);
        String[] peer = rep(reps, RepRole.FIELD, UUID.fromString(manager[0]), home);
        String[] other = rep(reps, RepRole.MANAGER, null, home);
        String ops = "ops-" + UUID.randomUUID();
        users.create(ops, PASSWORD, ops, Set.of(Role.SALES_OPS), null);
        return new Team(UUID.fromString(manager[0]), manager[1], UUID.fromString(rep[0]), rep[1],
                UUID.fromString(peer[0]), peer[1], UUID.fromString(other[0]), other[1], ops);
    }

    /** A place on earth away from the demo region, so tests' accounts do not land in its territories. */
    public static GeoPoint somewhere() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new GeoPoint(r.nextDouble(-55, -15), r.nextDouble(-170, 170));
    }

    /** The place {@code km} great-circle kilometres due north of {@code from}. */
    public static GeoPoint north(GeoPoint from, double km) {
        return new GeoPoint(from.lat() + Math.toDegrees(km / 6371.0088), from.lon());
    }

    public static UUID account(AccountService accounts, GeoPoint place) {
        return accounts.create(new NewAccount("Account " + UUID.randomUUID(), AccountType.DEALER, null, null, null,
                null, null, null, place.lat(), place.lon(), OpeningHours.closed(), "Europe/Berlin", null, null, null,
                null)).id();
    }

    public static String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }

    public static <T> T read(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
    }

    private static String[] rep(RepService reps, RepRole role, UUID managerId, GeoPoint home) {
        String username = "u-" + UUID.randomUUID();
        UUID id = reps.create(new NewRep("Test", username.substring(2, 10), username + "@field.example", null, role,
                managerId, null, null, home, "Europe/Berlin", null, username, PASSWORD)).id();
        return new String[] { id.toString(), username };
    }
}
