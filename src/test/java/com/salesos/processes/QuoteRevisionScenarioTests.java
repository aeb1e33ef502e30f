package com.salesos.processes;

import static com.salesos.SalesFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesos.ApiFixtures;
import com.salesos.SalesOsTest;
import com.salesos.security.Role;
import com.salesos.security.UserService;
import com.salesos.workflow.TaskQuery;
import com.salesos.workflow.UserTask;
import com.salesos.workflow.embedded.InstanceTimers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Approvals follow the quote: a change takes it back through the guardrails (an approval never covers lines that
 * changed after it), a rejected quote is revised, and an undecided manager is escalated to the director level.
 */
@SalesOsTest
class QuoteRevisionScenarioTests extends QuoteProcessSupport {

    @Autowired
    InstanceTimers timers;
    @Autowired
    UserService users;

    @Test
    void changingASentQuoteTakesItBackThroughTheGuardrailsBeforeTheCustomerCanAcceptIt() throws Exception {
        String quoteId = quote(water, 10, "5", null);
        long instance = awaitQuoteStatus(quoteId, "SENT").path("processInstanceKey").asLong();

        changeLines(quoteId, team.rep(), water, 10, "20").andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2)).andExpect(jsonPath("$.status").value("DRAFT"));

        JsonNode pending = awaitQuoteStatus(quoteId, "PENDING_APPROVAL");
        assertThat(pending.path("approval").path("level").asText()).isEqualTo("MANAGER");
        // the customer's yes to the old lines no longer counts: the quote is not SENT
        order(quoteId).andExpect(status().isConflict());
        UserTask approval = awaitTask(instance, "task_approve_discount_manager");
        completeTask(approval.key(), team.manager(), Map.of("approved", true)).andExpect(status().is2xxSuccessful());

        JsonNode sent = awaitQuoteStatus(quoteId, "SENT");
        assertThat(sent.path("approval").path("approvedRevision").asInt()).isEqualTo(2);
        assertThat(outboxEvents("quote.sent", "quote/" + quoteId)).isEqualTo(2);
    }

    @Test
    void changingAQuoteWaitingForApprovalWithdrawsTheApprovalTask() throws Exception {
        String quoteId = quote(water, 10, "15", null);
        long instance = awaitQuoteStatus(quoteId, "PENDING_APPROVAL").path("processInstanceKey").asLong();
        UserTask stale = awaitTask(instance, "task_approve_discount_manager");

        changeLines(quoteId, team.rep(), water, 10, "5").andExpect(status().isOk());

        JsonNode sent = awaitQuoteStatus(quoteId, "SENT");
        assertThat(sent.path("approval").path("level").asText()).isEqualTo("NONE");
        assertThat(sent.path("revision").asInt()).isEqualTo(2);
        assertThat(workflow.tasks(TaskQuery.ofInstance(instance)).items()).isEmpty();
        completeTask(stale.key(), team.manager(), Map.of("approved", true))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void aRejectedQuoteIsRevisedWithNewLinesAndGoesOutWithoutApproval() throws Exception {
        String quoteId = quote(water, 10, "20", null);
        long instance = awaitQuoteStatus(quoteId, "PENDING_APPROVAL").path("processInstanceKey").asLong();
        completeTask(awaitTask(instance, "task_approve_discount_manager").key(), team.manager(),
                Map.of("approved", false, "approvalComment", "at most 10%")).andExpect(status().is2xxSuccessful());
        UserTask revise = awaitTask(instance, "task_revise_or_withdraw");
        awaitQuoteStatus(quoteId, "REJECTED");

        // another rep cannot touch it; the owner changes the lines, then chooses to revise
        changeLines(quoteId, team.outsider(), water, 10, "8").andExpect(status().isNotFound());
        changeLines(quoteId, team.rep(), water, 10, "8").andExpect(status().isOk());
        completeTask(revise.key(), team.rep(), Map.of("revision", "REVISE")).andExpect(status().is2xxSuccessful());

        JsonNode sent = awaitQuoteStatus(quoteId, "SENT");
        assertThat(sent.path("approval").path("level").asText()).isEqualTo("NONE");
        assertThat(sent.path("discountPercent").decimalValue()).isEqualByComparingTo("8");
    }

    @Test
    void anUndecidedManagerIsRemindedThenEscalatedToTheDirectorLevelWhereAnAdminApproves() throws Exception {
        String quoteId = quote(water, 10, "15", null);
        long instance = awaitQuoteStatus(quoteId, "PENDING_APPROVAL").path("processInstanceKey").asLong();
        awaitTask(instance, "task_approve_discount_manager");

        // eight hours: a reminder to the manager, the task stays
        assertThat(timers.advance(instance, Duration.ofHours(8).plusMinutes(1))).isEqualTo(1);
        awaitNotifications(instance, "approval-reminder", 1);
        assertThat(awaitTask(instance, "task_approve_discount_manager")).isNotNull();

        // a day: the manager's task ends, the director level gets it
        assertThat(timers.advance(instance, Duration.ofDays(1).plusMinutes(1))).isPositive();
        UserTask director = awaitTask(instance, "task_approve_discount_director");
        assertThat(director.candidateGroups()).containsExactlyInAnyOrder("director", "admin");
        assertThat(workflow.tasks(TaskQuery.ofInstance(instance)).items())
                .noneMatch(t -> t.elementId().equals("task_approve_discount_manager"));
        completeTask(director.key(), team.manager(), Map.of("approved", true)).andExpect(status().isForbidden());

        String admin = ApiFixtures.user(users, null, Role.ADMIN);
        completeTask(director.key(), admin, Map.of("approved", true, "approvalComment", "key account"))
                .andExpect(status().is2xxSuccessful());
        JsonNode sent = awaitQuoteStatus(quoteId, "SENT");
        assertThat(sent.path("approval").path("decidedBy").asText()).isEqualTo("director");
        assertThat(sent.path("approval").path("comment").asText()).isEqualTo("key account");
    }

    @Test
    void theDirectorUndecidedForTwoDaysCountsAsARejection() throws Exception {
        String quoteId = quote(water, 10, "30", null);
        long instance = awaitQuoteStatus(quoteId, "PENDING_APPROVAL").path("processInstanceKey").asLong();
        awaitTask(instance, "task_approve_discount_director");

        assertThat(timers.advance(instance, Duration.ofDays(2).plusMinutes(1))).isPositive();

        UserTask revise = awaitTask(instance, "task_revise_or_withdraw");
        assertThat(revise.assignee()).isEqualTo(team.rep());
        JsonNode rejected = awaitQuoteStatus(quoteId, "REJECTED");
        assertThat(rejected.path("approval").path("comment").asText()).contains("escalation time");
    }

    private ResultActions changeLines(String quoteId, String user, String sku, int quantity, String discount)
            throws Exception {
        return mvc.perform(put("/api/v1/quotes/" + quoteId + "/items").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"items": [{"sku": "%s", "quantity": %d, "discountPercent": %s}]}"""
                        .formatted(sku, quantity, discount)));
    }
}
