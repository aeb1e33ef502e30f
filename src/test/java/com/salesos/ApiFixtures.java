package com.salesos;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import com.salesos.security.Role;
import com.salesos.security.UserService;
import org.springframework.test.web.servlet.ResultActions;

/** Small factories the API tests share: people with a role, places nobody else uses, GeoJSON squares. */
public final class ApiFixtures {

    public static final String PASSWORD = "secret-pw";

    private ApiFixtures() {
    }

    /** Creates a person with the roles (and rep record, may be null) and answers the username. */
    public static String user(UserService users, UUID repId, Role... roles) {
        String username = "u-" + UUID.randomUUID();
        users.create(username, PASSWORD, username, Set.of(roles), repId);
        return username;
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A random place on earth away from the demo region, so tests' territories do not meet. */
    public static double[] randomPlace() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new double[] { r.nextDouble(-60, -10), r.nextDouble(-170, 170) };
    }

    /** A GeoJSON Polygon: a square of {@code half}*2 degrees centred on lat/lon. */
    public static String square(double lat, double lon, double half) {
        return String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}",
                lon - half, lat - half, lon + half, lat - half, lon + half, lat + half, lon - half, lat + half,
                lon - half, lat - half);
    }

    public static String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }
}
