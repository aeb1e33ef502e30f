package com.salesos.web;

import static com.salesos.FieldFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.FieldFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountType;
import com.salesos.accounts.NewAccount;
import com.salesos.accounts.OpeningHours;
import com.salesos.platform.GeoPoint;
import com.salesos.reps.RepService;
import com.salesos.security.UserService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** My day: the route drawn from the stops' coordinates, visits logged from a stop, the route re-optimised. */
@SalesOsTest
class MyDayPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RepService reps;
    @Autowired
    UserService users;
    @Autowired
    AccountService accounts;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    FieldFixtures.Team team;
    GeoPoint home;
    UUID north;
    UUID east;
    UUID northEast;
    String planId;

    @BeforeEach
    void setUp() throws Exception {
        home = FieldFixtures.somewhere();
        team = FieldFixtures.team(reps, users, home);
        north = account("North", FieldFixtures.north(home, 10));
        east = account("East <i>&amp; co</i>", east(home, 10));
        northEast = account("North-east", east(FieldFixtures.north(home, 10), 10));
        // a 10 km square with home in a corner; the rep's order crosses it: north, east, then north-east
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        planId = FieldFixtures.id(mvc.perform(post("/api/v1/sales-reps/route-plan").with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"repId": "%s", "date": "%s", "stops": [
                          {"accountId": "%s", "timeWindow": {"from": "00:00", "to": "23:59"}},
                          {"accountId": "%s"}, {"accountId": "%s"}]}
                        """.formatted(team.repId(), today, north, east, northEast))).andExpect(status().isCreated()));
    }

    @Test
    void drawsTodaysStopsInVisitingOrderNorthUpWithTheNextStopMarked() throws Exception {
        Document page = page(get("/my-day").with(as(team.rep())));

        List<Element> stops = page.select("figure.route-map g.stop");
        assertThat(stops).extracting(g -> g.selectFirst("text.seq").text()).containsExactly("1", "2", "3");
        List<Double> xs = stops.stream().map(g -> Double.parseDouble(g.selectFirst("circle").attr("cx"))).toList();
        List<Double> ys = stops.stream().map(g -> Double.parseDouble(g.selectFirst("circle").attr("cy"))).toList();
        // north up, east right: north and north-east at the top, east below them; both east stops on the right
        assertThat(ys.get(0)).isCloseTo(ys.get(2), org.assertj.core.data.Offset.offset(1.0));
        assertThat(ys.get(1)).isGreaterThan(ys.get(0) + 100);
        assertThat(xs.get(1)).isCloseTo(xs.get(2), org.assertj.core.data.Offset.offset(1.0));
        assertThat(xs.get(1)).isGreaterThan(xs.get(0) + 100);
        assertThat(page.select("figure.route-map polyline").attr("points").split(" ")).hasSize(3);
        assertThat(stops.get(0).hasClass("next")).isTrue();
        assertThat(stops.get(0).select("text.time").text()).matches("\\d\\d:\\d\\d \\(00:00–23:59\\)");
        assertThat(page.select(".next-stop").text()).contains("Next stop: North");
        String html = mvc.perform(get("/my-day").with(as(team.rep()))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("East &lt;i&gt;&amp;amp; co&lt;/i&gt;").doesNotContain("<i>&amp; co</i>");
        assertThat(page.select("ol.stops li")).hasSize(3);
    }

    @Test
    void logsAVisitFromAStopWithOneTapOnItsOutcome() throws Exception {
        Document page = page(get("/my-day").with(as(team.rep())));
        Element first = page.selectFirst("ol.stops li");
        String action = first.selectFirst("form").attr("action");
        assertThat(first.select("button[name=outcome]").eachAttr("value")).contains("INTERESTED", "ORDER_INTENT");

        mvc.perform(post(action).param("outcome", "INTERESTED").with(as(team.rep()))).andExpect(status().isForbidden());
        mvc.perform(post(action).param("outcome", "INTERESTED").with(as(team.peer())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(action).param("outcome", "INTERESTED").param("note", "Wants the <b>summer</b> range")
                .with(as(team.rep())).with(csrf())).andExpect(redirectedUrl("/my-day"));

        JsonNode visits = json.readTree(mvc.perform(get("/api/v1/visits").param("repId", team.repId().toString())
                .with(httpBasic(team.rep(), PASSWORD))).andReturn().getResponse().getContentAsString());
        assertThat(visits.path("items")).hasSize(1);
        assertThat(visits.path("items").get(0).path("accountId").asText()).isEqualTo(north.toString());
        assertThat(visits.path("items").get(0).path("outcome").asText()).isEqualTo("INTERESTED");
        assertThat(visits.path("items").get(0).path("notes").get(0).path("text").asText())
                .isEqualTo("Wants the <b>summer</b> range");
        Document after = page(get("/my-day").with(as(team.rep())));
        assertThat(after.select("ol.stops li").get(0).select(".state").text()).isEqualTo("VISITED");
        assertThat(after.select(".next-stop").text()).contains("Next stop: East");

        var again = mvc.perform(post(action).param("outcome", "INTERESTED").with(as(team.rep())).with(csrf()))
                .andExpect(redirectedUrl("/my-day")).andReturn().getFlashMap();
        assertThat(again.get("error").toString()).contains("already has a visit");
    }

    @Test
    void anUnknownOutcomeIsShownAsAnErrorAndLogsNothing() throws Exception {
        String action = page(get("/my-day").with(as(team.rep()))).selectFirst("ol.stops li form").attr("action");

        var flash = mvc.perform(post(action).param("outcome", "PARTY").with(as(team.rep())).with(csrf()))
                .andExpect(redirectedUrl("/my-day")).andReturn().getFlashMap();

        assertThat(flash.get("error").toString()).contains("outcome");
        JsonNode visits = json.readTree(mvc.perform(get("/api/v1/visits").param("repId", team.repId().toString())
                .with(httpBasic(team.rep(), PASSWORD))).andReturn().getResponse().getContentAsString());
        assertThat(visits.path("items")).isEmpty();
    }

    @Test
    void reoptimisesTheRouteWithAProgressPageAndWritesTheBetterOrder() throws Exception {
        String location = mvc.perform(post("/my-day/optimize").param("planId", planId).with(as(team.rep())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/my-day/optimize/");
        mvc.perform(get(location).with(as(team.peer()))).andExpect(status().isNotFound());

        Document done = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> page(get(location).with(as(team.rep()))), d -> !d.select("p.run-done").isEmpty());
        assertThat(done.select("#run").attr("hx-trigger")).isEmpty();
        mvc.perform(post(location + "/apply").with(as(team.rep())).with(csrf())).andExpect(redirectedUrl("/my-day"));

        JsonNode plan = json.readTree(mvc.perform(get("/api/v1/route-plans/" + planId).with(httpBasic(team.rep(), PASSWORD)))
                .andReturn().getResponse().getContentAsString());
        List<String> order = java.util.stream.StreamSupport.stream(plan.path("stops").spliterator(), false)
                .map(s -> s.path("accountId").asText()).toList();
        // around the square, either way: 40 km instead of 48 (× the road factor)
        assertThat(order).isIn(List.of(north.toString(), northEast.toString(), east.toString()),
                List.of(east.toString(), northEast.toString(), north.toString()));
    }

    @Test
    void theProgressPagePollsWhileTheSearchRuns() throws Exception {
        String location = mvc.perform(post("/my-day/optimize").param("planId", planId).with(as(team.rep())).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        Document running = page(get(location).with(as(team.rep())));
        // the search runs for seconds; the first look comes well before it ends
        assertThat(running.select("#run").attr("hx-trigger")).isEqualTo("every 1s");
        assertThat(running.select("#run progress")).hasSize(1);
    }

    private static GeoPoint east(GeoPoint from, double km) {
        return new GeoPoint(from.lat(), from.lon() + Math.toDegrees(km / 6371.0088 / Math.cos(Math.toRadians(from.lat()))));
    }

    private UUID account(String name, GeoPoint place) {
        OpeningHours allWeek = new OpeningHours(Arrays.stream(DayOfWeek.values()).collect(Collectors.toMap(d -> d,
                d -> List.of(new OpeningHours.Window(LocalTime.of(0, 0), LocalTime.of(23, 59))))));
        return accounts.create(new NewAccount(name + " " + UUID.randomUUID().toString().substring(0, 6),
                AccountType.DEALER, null, null, null, null, null, null, place.lat(), place.lon(), allWeek,
                "Europe/Berlin", null, null, null, null)).id();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
