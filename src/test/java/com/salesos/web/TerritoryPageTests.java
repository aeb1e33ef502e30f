package com.salesos.web;

import static com.salesos.FieldFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.FieldFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountService;
import com.salesos.platform.GeoPoint;
import com.salesos.reps.RepService;
import com.salesos.reps.TerritoryService;
import com.salesos.security.UserService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The territory page: the territory drawn from its polygon, accounts coloured by visit cadence, the proposed week. */
@SalesOsTest
class TerritoryPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RepService reps;
    @Autowired
    UserService users;
    @Autowired
    AccountService accounts;
    @Autowired
    TerritoryService territories;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    FieldFixtures.Team team;
    GeoPoint home;
    UUID territoryId;
    UUID fresh;
    UUID soon;
    UUID overdue;
    UUID never;
    LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        home = FieldFixtures.somewhere();
        team = FieldFixtures.team(reps, users, home);
        today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        territoryId = TerritoryFixtures.squareAround(territories, reps, json, team.repId(), home, today,
                "Square <script>");
        // STANDARD tier, MEDIUM potential: the visit-cadence decision says every 45 days
        fresh = account("Fresh", FieldFixtures.north(home, 2));
        soon = account("Soon", FieldFixtures.north(home, -2));
        overdue = account("Overdue", FieldFixtures.north(home, 4));
        never = account("Never <b>&amp;</b>", FieldFixtures.north(home, -4));
        visit(fresh, 2);
        visit(soon, 40);
        visit(overdue, 50);
    }

    @Test
    void drawsTheTerritoryPolygonAndTheAccountsColouredByTheirCadence() throws Exception {
        Document page = page(get("/territory").with(as(team.rep())));

        assertThat(page.title()).isEqualTo("Territory · Sales OS");
        assertThat(page.select("nav.main-nav a[href=/territory]").text()).isEqualTo("Territory");
        List<Element> areas = page.select("figure.territory-map path.area");
        assertThat(areas).hasSize(1);
        String d = areas.get(0).attr("d");
        assertThat(d).startsWith("M").endsWith("Z");
        assertThat(d.split(" L")).hasSize(5);
        Map<String, Element> dots = page.select("figure.territory-map circle.account").stream()
                .collect(Collectors.toMap(c -> c.attr("data-account"), c -> c));
        assertThat(dots).hasSize(4);
        assertThat(dots.get(fresh.toString()).classNames()).contains("visit-ok");
        assertThat(dots.get(soon.toString()).classNames()).contains("visit-soon");
        assertThat(dots.get(overdue.toString()).classNames()).contains("visit-overdue");
        assertThat(dots.get(never.toString()).classNames()).contains("visit-due");
        assertThat(dots.get(overdue.toString()).selectFirst("title").text())
                .contains("last visit " + today.minusDays(50)).contains("every 45 days").contains("5 days overdue");
        assertThat(dots.get(never.toString()).selectFirst("title").text()).contains("no visit on record");
        // north up: the account 4 km north sits above the one 2 km north, both above the ones south of home
        double yOverdue = cy(dots.get(overdue.toString())), yFresh = cy(dots.get(fresh.toString()));
        double ySoon = cy(dots.get(soon.toString())), yNever = cy(dots.get(never.toString()));
        assertThat(yOverdue).isLessThan(yFresh);
        assertThat(yFresh).isLessThan(ySoon);
        assertThat(ySoon).isLessThan(yNever);
        assertThat(page.select(".legend li.visit-overdue .count").text()).isEqualTo("1");
        assertThat(page.select(".legend li")).hasSize(4);

        String html = mvc.perform(get("/territory").with(as(team.rep()))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Never &lt;b&gt;&amp;amp;&lt;/b&gt;").doesNotContain("<b>&amp;</b>")
                .contains("Square &lt;script&gt;").doesNotContain("Square <script>");
    }

    @Test
    void thePageRendersWithoutThePlannerAndLoadsTheWeekAfterwards() throws Exception {
        Document page = page(get("/territory").with(as(team.rep())));

        Element slot = page.getElementById("week");
        assertThat(slot.attr("hx-get")).isEqualTo("/territory/week?repId=" + team.repId());
        assertThat(slot.attr("hx-trigger")).isEqualTo("load");
        assertThat(slot.select(".loading .spinner")).hasSize(1);
        assertThat(page.select(".week section.day")).isEmpty();
        assertThat(week(team.rep()).select(".week section.day")).isNotEmpty();
    }

    @Test
    void proposesTheWeekAndAcceptingADayMakesItsRoutePlan() throws Exception {
        Document page = week(team.rep());
        List<Element> days = page.select(".week section.day");
        assertThat(days).isNotEmpty();
        List<String> proposed = days.stream().flatMap(d -> d.select("input[name=accountId]").eachAttr("value").stream())
                .toList();
        // due this week: the overdue, the never visited and the one due in 5 days; the fresh one is not
        assertThat(proposed).contains(overdue.toString(), never.toString()).doesNotContain(fresh.toString());
        Element first = days.get(0);
        Element form = first.selectFirst("form");
        String date = form.selectFirst("input[name=date]").val();
        List<String> stops = form.select("input[name=accountId]").eachAttr("value");

        MockHttpServletRequestBuilder accept = post(form.attr("action")).param("repId", team.repId().toString())
                .param("date", date).param("accountId", stops.toArray(String[]::new));
        mvc.perform(accept.with(as(team.rep()))).andExpect(status().isForbidden());
        assertThat(plans(date)).isEmpty();
        mvc.perform(accept.with(as(team.peer())).with(csrf())).andExpect(status().isForbidden());
        assertThat(plans(date)).isEmpty();

        mvc.perform(accept.with(as(team.rep())).with(csrf())).andExpect(redirectedUrl("/territory"));

        List<JsonNode> plans = plans(date);
        assertThat(plans).hasSize(1);
        assertThat(StreamSupport.stream(plans.get(0).path("stops").spliterator(), false)
                .map(s -> s.path("accountId").asText()).toList()).isEqualTo(stops);
        Element after = week(team.rep()).getElementById("day-" + date);
        assertThat(after.hasClass("accepted")).isTrue();
        assertThat(after.select("form")).isEmpty();
        assertThat(after.select(".badge").text()).contains("Planned");
        assertThat(after.select("ol.stops li")).hasSize(stops.size());

        // the same day again: the plan exists, refused as a conflict, nothing doubled
        mvc.perform(accept.with(as(team.rep())).with(csrf())).andExpect(status().isConflict());
        assertThat(plans(date)).hasSize(1);
    }

    @Test
    void aRepCannotOpenAnotherRepsTerritoryButTheirManagerCan() throws Exception {
        mvc.perform(get("/territory").param("repId", team.repId().toString()).with(as(team.peer())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/territory").param("repId", team.repId().toString()).with(as(team.otherManager())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/territory/week").param("repId", team.repId().toString()).with(as(team.peer())))
                .andExpect(status().isForbidden());
        assertThat(week(team.manager()).select(".week section.day")).isNotEmpty();
        Document managers = page(get("/territory").param("repId", team.repId().toString()).with(as(team.manager())));
        assertThat(managers.select("figure.territory-map circle.account")).hasSize(4);
        Document ops = page(get("/territory").param("repId", team.repId().toString()).with(as(team.ops())));
        assertThat(ops.select("figure.territory-map circle.account")).hasSize(4);
        assertThat(page(get("/territory").with(as(team.ops()))).text()).contains("Only sales reps have a territory");
        // the peer's own page has no territory and no accounts of the rep
        Document peers = page(get("/territory").with(as(team.peer())));
        assertThat(peers.select("circle.account")).isEmpty();
        assertThat(peers.text()).contains("No territory assigned today");
    }

    @Test
    void acceptingWithoutStopsNamesTheField() throws Exception {
        String body = mvc.perform(post("/territory/accept").param("repId", team.repId().toString())
                .param("date", today.plusDays(3).toString()).with(as(team.rep())).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("accountId");
    }

    private List<JsonNode> plans(String date) throws Exception {
        JsonNode page = json.readTree(mvc.perform(get("/api/v1/route-plans").param("repId", team.repId().toString())
                .param("from", date).param("to", date).with(httpBasic(team.rep(), PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        return StreamSupport.stream(page.path("items").spliterator(), false).toList();
    }

    private void visit(UUID account, int daysAgo) throws Exception {
        Instant started = clock.instant().minus(Duration.ofDays(daysAgo));
        mvc.perform(post("/api/v1/sales-reps/visit").with(httpBasic(team.rep(), PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"repId": "%s", "accountId": "%s", "startedAt": "%s", "outcome": "INTERESTED"}
                        """.formatted(team.repId(), account, started))).andExpect(status().isCreated());
    }

    private UUID account(String name, GeoPoint place) {
        return TerritoryFixtures.dealer(accounts, territoryId, name + " " + UUID.randomUUID().toString().substring(0, 6),
                place);
    }

    private Document week(String username) throws Exception {
        return page(get("/territory/week").param("repId", team.repId().toString()).with(as(username)));
    }

    private static double cy(Element circle) {
        return Double.parseDouble(circle.attr("cy"));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
