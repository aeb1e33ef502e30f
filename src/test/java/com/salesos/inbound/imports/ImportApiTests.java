package com.salesos.inbound.imports;

import static com.salesos.ApiFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.salesos.ApiFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountFilter;
import com.salesos.accounts.AccountService;
import com.salesos.catalog.CatalogService;
import com.salesos.platform.PageParams;
import com.salesos.reps.TerritoryService;
import com.salesos.security.ApiKeyService;
import com.salesos.security.Role;
import com.salesos.security.UserService;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@SalesOsTest
class ImportApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    ApiKeyService keys;
    @Autowired
    AccountService accounts;
    @Autowired
    CatalogService catalog;
    @Autowired
    TerritoryService territories;

    String ops;
    String prefix;

    @BeforeEach
    void salesOps() {
        ops = ApiFixtures.user(users, null, Role.SALES_OPS);
        prefix = ApiFixtures.unique("Imp ");
    }

    MockMultipartHttpServletRequestBuilder upload(String kind, String csv) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/imports/" + kind);
        request.file(new MockMultipartFile("file", kind + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        return request;
    }

    String accountsWithBadRows() {
        return """
                name,type,tier,lat,lon,city,email
                %1$s good one,DEALER,GOLD,48.1,11.5,Munich,a@example.com
                %1$s no type,,,,,Munich,
                %1$s half place,STAND,,48.2,,Munich,
                %1$s odd type,SHOP,SILVER,,,Munich,not-an-email
                %1$s good two,CUSTOMER,,,,Augsburg,
                """.formatted(prefix);
    }

    long imported() {
        return accounts.list(new AccountFilter(null, null, null, prefix), PageParams.of(0, 50, Sort.unsorted())).total();
    }

    @Test
    void fileWithBadRowsImportsNothingInAllOrNothingModeAndReportsEveryRow() throws Exception {
        mvc.perform(upload("accounts", accountsWithBadRows()).with(httpBasic(ops, PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/imports/")))
                .andExpect(jsonPath("$.state").value("DONE")).andExpect(jsonPath("$.mode").value("all-or-nothing"))
                .andExpect(jsonPath("$.report.rows").value(5)).andExpect(jsonPath("$.report.imported").value(0))
                .andExpect(jsonPath("$.report.rolledBack").value(true))
                .andExpect(jsonPath("$.report.refusedRows").value(3))
                .andExpect(jsonPath("$.report.refused[0].row").value(3))
                .andExpect(jsonPath("$.report.refused[0].field").value("type"))
                .andExpect(jsonPath("$.report.refused[1].row").value(4))
                .andExpect(jsonPath("$.report.refused[1].field").value("lon"))
                .andExpect(jsonPath("$.report.refused[2].row").value(5))
                .andExpect(jsonPath("$.report.refused[2].field").value("type"))
                .andExpect(jsonPath("$.report.refused[2].message").value(org.hamcrest.Matchers.containsString("DEALER")));
        assertThat(imported()).isZero();
    }

    @Test
    void validRowsModeImportsTheGoodRowsOnly() throws Exception {
        String key = keys.issue(ApiFixtures.unique("importer-"), Set.of("imports"));
        String body = mvc.perform(upload("accounts", accountsWithBadRows()).param("mode", "valid-rows")
                        .header("X-API-Key", key))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.report.imported").value(2))
                .andExpect(jsonPath("$.report.refusedRows").value(3))
                .andExpect(jsonPath("$.report.rolledBack").value(false)).andReturn().getResponse().getContentAsString();
        assertThat(imported()).isEqualTo(2);

        mvc.perform(get("/api/v1/imports/" + JsonPath.read(body, "$.id")).header("X-API-Key", key))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("accounts"))
                .andExpect(jsonPath("$.rowsDone").value(5)).andExpect(jsonPath("$.report.imported").value(2));
    }

    @Test
    void repeatedKeyInOneFileIsRefusedAtItsRow() throws Exception {
        String sku = ApiFixtures.unique("CSV-");
        mvc.perform(upload("products", """
                sku,name,category,unitCost.amount,unitCost.currency,price.amount,price.currency,price.validFrom
                %1$s,Juice,drinks,1.10,EUR,2.50,EUR,2030-01-01
                %1$s,Juice again,drinks,,,,,
                """.formatted(sku)).param("mode", "valid-rows").with(httpBasic(ops, PASSWORD)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.report.imported").value(1))
                .andExpect(jsonPath("$.report.refused[0].row").value(3))
                .andExpect(jsonPath("$.report.refused[0].field").value("sku"));
        assertThat(catalog.findBySku(sku)).hasValueSatisfying(p -> assertThat(p.unitCost().amount())
                .isEqualByComparingTo("1.10"));

        String other = ApiFixtures.unique("CSV-");
        mvc.perform(upload("products", """
                sku,name,category
                %1$s,Juice,drinks
                %1$s,Juice again,drinks
                """.formatted(other)).with(httpBasic(ops, PASSWORD)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.report.imported").value(0))
                .andExpect(jsonPath("$.report.refused[0].row").value(3))
                .andExpect(jsonPath("$.report.refused[0].field").value("sku"));
        assertThat(catalog.findBySku(other)).isEmpty();
    }

    @Test
    void territoriesTakeGeoJsonCellsAndPostalCodeLists() throws Exception {
        String code = ApiFixtures.unique("CSVT-");
        double[] p = ApiFixtures.randomPlace();
        String boundary = ApiFixtures.square(p[0], p[1], 0.05).replace("\"", "\"\"");
        mvc.perform(upload("territories", "code,name,boundary,postalCodes\n%s,Imported,\"%s\",10115; 10117\n"
                .formatted(code, boundary)).with(httpBasic(ops, PASSWORD)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.report.imported").value(1));
        assertThat(territories.findByCode(code)).hasValueSatisfying(t -> {
            assertThat(t.postalCodes()).containsExactly("10115", "10117");
            assertThat(t.boundary()).contains("Polygon");
        });
    }

    @Test
    void headerThatDoesNotFitTheKindIsRefusedBeforeAnyRow() throws Exception {
        mvc.perform(upload("accounts", "name,colour\nx,red\n").with(httpBasic(ops, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("colour")));
        mvc.perform(upload("accounts", "name,city\nx,Munich\n").with(httpBasic(ops, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("type")));
        mvc.perform(upload("planets", "name\nx\n").with(httpBasic(ops, PASSWORD))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(upload("accounts", "name,type\nx,DEALER\n").param("mode", "some").with(httpBasic(ops, PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("mode"));
    }

    @Test
    void fileAboveTheLimitIsRefusedWith413() throws Exception {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        mvc.perform(multipart("/api/v1/imports/accounts").file(new MockMultipartFile("file", "big.csv", "text/csv", big))
                        .with(httpBasic(ops, PASSWORD)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** A GeoJSON circle of {@code vertices} points, 0.01° round, its quotes doubled for a CSV cell: a big cell. */
    static String circle(double lat, double lon, int vertices) {
        StringBuilder ring = new StringBuilder();
        for (int i = 0; i <= vertices; i++) {
            double angle = 2 * Math.PI * (i % vertices) / vertices;
            ring.append(i == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "[%.8f,%.8f]",
                    lon + 0.01 * Math.cos(angle), lat + 0.01 * Math.sin(angle)));
        }
        return "{\"\"type\"\":\"\"Polygon\"\",\"\"coordinates\"\":[[" + ring + "]]}";
    }

    @Test
    void largeFileRunsInTheBackgroundWithProgressToPoll() throws Exception {
        StringBuilder csv = new StringBuilder("code,name,boundary\n");
        String code = ApiFixtures.unique("BIG-");
        double[] p = ApiFixtures.randomPlace();
        int rows = 3;
        for (int i = 0; i < rows; i++) {
            csv.append(code).append(i).append(",Big,\"").append(circle(p[0] + i * 0.05, p[1], 4000)).append("\"\n");
        }
        assertThat(csv.length()).isGreaterThan(256 * 1024);
        String job = JsonPath.read(mvc.perform(upload("territories", csv.toString()).with(httpBasic(ops, PASSWORD)))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.rowsTotal").value(rows))
                .andReturn().getResponse().getContentAsString(), "$.id");

        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> JsonPath
                .read(mvc.perform(get("/api/v1/imports/" + job).with(httpBasic(ops, PASSWORD))).andReturn()
                        .getResponse().getContentAsString(), "$.state").equals("DONE"));
        mvc.perform(get("/api/v1/imports/" + job).with(httpBasic(ops, PASSWORD)))
                .andExpect(jsonPath("$.rowsDone").value(rows)).andExpect(jsonPath("$.report.imported").value(rows));
        assertThat(territories.findByCode(code + "2")).isPresent();
    }

    @Test
    void repsAndKeysWithoutTheImportsScopeMayNotImport() throws Exception {
        String rep = ApiFixtures.user(users, null, Role.REP);
        mvc.perform(upload("accounts", accountsWithBadRows()).with(httpBasic(rep, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(upload("accounts", accountsWithBadRows()).param("mode", "valid-rows")
                .header("X-API-Key", keys.issue(ApiFixtures.unique("k-"), Set.of("pricing"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/imports/" + UUID.randomUUID()).with(httpBasic(ops, PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(imported()).isZero();
    }
}
