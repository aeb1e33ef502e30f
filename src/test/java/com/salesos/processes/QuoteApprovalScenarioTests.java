package com.salesos.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesos.SalesOsTest;
import com.salesos.workflow.ProcessInstance;
import com.salesos.workflow.UserTask;
import org.junit.jupiter.api.Test;

/** Discounts beyond the free band wait for the rep's manager, who approves or rejects through the task API. */
@SalesOsTest
class QuoteApprovalScenarioTests extends QuoteProcessSupport {

    @Test
    void managerApprovesADiscountTheGuardrailsGiveToTheManagerAndTheQuoteIsSent() throws Exception {
        String quoteId = quote(water, 10, "15", null);
        JsonNode pending = awaitQuoteStatus(quoteId, "PENDING_APPROVAL");
        UserTask task = awaitTask(pending.path("processInstanceKey").asLong(), "task_approve_discount_manager");
        assertThat(task.candidateGroups()).containsExactly("team:" + team.managerId());

        completeTask(task.key(), team.rep(), Map.of("approved", true)).andExpect(status().isForbidden());
        completeTask(task.key(), team.manager(), Map.of("approved", true, "approvalComment", "strategic account"))
                .andExpect(status().is2xxSuccessful());

        JsonNode sent = awaitQuoteStatus(quoteId, "SENT");
        assertThat(sent.path("approval").path("decision").asText()).isEqualTo("APPROVED");
        assertThat(sent.path("approval").path("comment").asText()).isEqualTo("strategic account");
        assertThat(sent.path("approval").path("level").asText()).isEqualTo("MANAGER");
    }

    @Test
    void managerRejectionGivesTheRepARevisionTaskAndWithdrawingClosesTheQuote() throws Exception {
        String quoteId = quote(water, 10, "20", null);
        long instance = awaitQuoteStatus(quoteId, "PENDING_APPROVAL").path("processInstanceKey").asLong();
        UserTask approval = awaitTask(instance, "task_approve_discount_manager");
        completeTask(approval.key(), team.manager(), Map.of("approved", false, "approvalComment", "too deep"))
                .andExpect(status().is2xxSuccessful());

        UserTask revise = awaitTask(instance, "task_revise_or_withdraw");
        assertThat(revise.assignee()).isEqualTo(team.rep());
        JsonNode rejected = awaitQuoteStatus(quoteId, "REJECTED");
        assertThat(rejected.path("approval").path("decision").asText()).isEqualTo("REJECTED");
        completeTask(revise.key(), team.rep(), Map.of("revision", "WITHDRAW")).andExpect(status().is2xxSuccessful());

        awaitQuoteStatus(quoteId, "WITHDRAWN");
        ProcessInstance ended = awaitEnded(instance);
        assertThat(ended.passed("end_quote_withdrawn", "COMPLETED")).isTrue();
    }
}
