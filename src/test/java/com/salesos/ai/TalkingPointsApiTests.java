package com.salesos.ai;

import static com.salesos.FieldFixtures.PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.salesos.FieldFixtures;
import com.salesos.SalesFixtures;
import com.salesos.SalesOsTest;
import com.salesos.accounts.AccountTier;
import com.salesos.orders.OrderView;
import com.salesos.quotes.ApprovalLevel;
import com.salesos.quotes.LineRequest;
import com.salesos.quotes.NewQuote;
import com.salesos.quotes.QuoteService;
import com.salesos.quotes.QuoteView;
import com.salesos.reps.RepService;
import com.salesos.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SalesOsTest
class TalkingPointsApiTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    MockMvc mvc;
    @Autowired
    RepService reps;
    @Autowired
    UserService users;
    @Autowired
    SalesFixtures sales;
    @Autowired
    QuoteService quotes;
    @Autowired
    JdbcTemplate jdbc;

    FieldFixtures.Team team;
    UUID account;
    String sku;

    @BeforeEach
    void setUp() {
        team = FieldFixtures.team(reps, users, FieldFixtures.somewhere());
        account = sales.account(AccountTier.GOLD);
        sku = sales.product("BEVERAGES", "20.00", "12.00", 1000);
    }

    @Test
    void bringsUpAReorderDueByTheAccountsOrderRhythmWhicheverRepTookTheOrders() throws Exception {
        // orders 84 and 28 days ago by the rep, 56 days ago by the peer: every 28 days, so the next one is due today
        LocalDate today = LocalDate.now(BERLIN);
        for (int daysAgo : new int[] { 84, 56, 28 }) {
            UUID takenBy = daysAgo == 56 ? team.peerId() : team.repId();
            OrderView order = sales.paidOrder(takenBy, account, sku, 10, Instant.now());
            jdbc.update("update sales_order set created_at = ? where id = ?",
                    Timestamp.from(today.minusDays(daysAgo).atTime(11, 0).atZone(BERLIN).toInstant()), order.id());
        }
        // a cancelled order is no part of the rhythm
        OrderView cancelled = sales.paidOrder(team.repId(), account, sku, 10, Instant.now());
        jdbc.update("update sales_order set status = 'CANCELLED', created_at = ? where id = ?",
                Timestamp.from(today.minusDays(7).atTime(11, 0).atZone(BERLIN).toInstant()), cancelled.id());
        String expected = "Re-order due on " + today + ": the account orders every 28 days, last on "
                + today.minusDays(28);
        advice(team.rep(), team.repId()).andExpect(status().isOk())
                .andExpect(jsonPath("$.talkingPoints[0].kind").value("REORDER_DUE"))
                .andExpect(jsonPath("$.talkingPoints[0].text").value(expected))
                .andExpect(jsonPath("$.talkingPoints[0].evidence").value(containsString("3 orders")))
                .andExpect(jsonPath("$.nextBestAction.action").value("Take the re-order"))
                .andExpect(jsonPath("$.narrative").doesNotExist());
        // the peer visiting the same account is told the same: the customer's rhythm, not the rep's
        advice(team.manager(), team.peerId()).andExpect(status().isOk())
                .andExpect(jsonPath("$.talkingPoints[0].kind").value("REORDER_DUE"))
                .andExpect(jsonPath("$.talkingPoints[0].text").value(expected));
    }

    @Test
    void bringsUpNoReorderWithTooFewOrders() throws Exception {
        LocalDate today = LocalDate.now(BERLIN);
        for (int daysAgo : new int[] { 56, 28 }) {
            OrderView order = sales.paidOrder(team.repId(), account, sku, 10, Instant.now());
            jdbc.update("update sales_order set created_at = ? where id = ?",
                    Timestamp.from(today.minusDays(daysAgo).atTime(11, 0).atZone(BERLIN).toInstant()), order.id());
        }
        advice(team.rep(), team.repId()).andExpect(status().isOk())
                .andExpect(jsonPath("$.talkingPoints[*].kind").value(org.hamcrest.Matchers.not(hasItem("REORDER_DUE"))));
    }

    @Test
    void bringsUpTheOpenQuoteAtTheAccount() throws Exception {
        QuoteView quote = SalesFixtures.asOps(() -> quotes.create(new NewQuote(team.repId(), account, null, null,
                List.of(new LineRequest(sku, 30, new BigDecimal("12"))))));
        quotes.submitForApproval(quote.id(), ApprovalLevel.NONE, new BigDecimal("15"));
        quotes.markSent(quote.id());
        advice(team.rep(), team.repId()).andExpect(status().isOk())
                .andExpect(jsonPath("$.talkingPoints[0].kind").value("OPEN_QUOTE"))
                .andExpect(jsonPath("$.talkingPoints[0].text").value(containsString(quote.number() + " (SENT, "
                        + quote.total().amount().toPlainString() + " EUR, 12 % discount)")))
                .andExpect(jsonPath("$.nextBestAction.action").value(containsString("Close the open quote")));
    }

    private ResultActions advice(String user, UUID repId) throws Exception {
        return mvc.perform(post("/api/v1/sales-reps/ai/visit-advice").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"repId": "%s", "accountId": "%s"}""".formatted(repId, account)));
    }
}
