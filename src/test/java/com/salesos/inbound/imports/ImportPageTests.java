package com.salesos.inbound.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import com.salesos.ApiFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountFilter;
import com.salesos.accounts.AccountService;
import com.salesos.platform.PageParams;
import com.salesos.security.Role;
import com.salesos.security.UserService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Sales ops import a CSV file from the UI and read the report, row by row. */
@SalesOsTest
class ImportPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    AccountService accounts;

    String ops;
    String prefix;

    @BeforeEach
    void salesOps() {
        ops = ApiFixtures.user(users, null, Role.SALES_OPS);
        prefix = ApiFixtures.unique("Page");
    }

    @Test
    void aFileWithABadRowImportsNothingOrTheGoodRowsAsChosenAndTheReportNamesTheRow() throws Exception {
        Document form = page("/ops/imports");
        assertThat(form.select("select[name=kind] option").eachAttr("value"))
                .containsExactly("reps", "accounts", "products", "territories");

        String nothing = mvc.perform(upload("all-or-nothing").with(user(ops).roles("SALES_OPS")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Document report = page(nothing);
        assertThat(report.select("[role=status]").text()).contains("2 rows: 0 imported, 1 refused")
                .contains("nothing was imported");
        assertThat(report.select("tbody tr").first().text()).startsWith("3 type");
        assertThat(imported()).isZero();

        String good = mvc.perform(upload("valid-rows").with(user(ops).roles("SALES_OPS")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(good).select("[role=status]").text()).contains("2 rows: 1 imported, 1 refused");
        assertThat(imported()).isEqualTo(1);
    }

    @Test
    void missingPartsComeBackInlineAndOnlySalesOpsWithTheTokenMayUpload() throws Exception {
        String html = mvc.perform(multipart("/ops/imports").param("kind", "accounts").with(user(ops).roles("SALES_OPS"))
                .with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("[role=alert]").text()).contains("file is required");

        mvc.perform(upload("valid-rows").with(user(ops).roles("SALES_OPS"))).andExpect(status().isForbidden());
        mvc.perform(upload("valid-rows").with(user("a-rep").roles("REP")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(imported()).isZero();
        mvc.perform(get("/ops/imports/" + java.util.UUID.randomUUID()).with(user(ops).roles("SALES_OPS")))
                .andExpect(status().isNotFound());
    }

    private MockMultipartHttpServletRequestBuilder upload(String mode) {
        String csv = """
                name,type,city
                %1$s good,DEALER,Munich
                %1$s bad,SHOP,Munich
                """.formatted(prefix);
        MockMultipartHttpServletRequestBuilder request = multipart("/ops/imports");
        request.file(new MockMultipartFile("file", "accounts.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        request.param("kind", "accounts").param("mode", mode);
        return request;
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(ops).roles("SALES_OPS"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private long imported() {
        return accounts.list(new AccountFilter(null, null, null, prefix), PageParams.of(0, 50, Sort.unsorted())).total();
    }
}
