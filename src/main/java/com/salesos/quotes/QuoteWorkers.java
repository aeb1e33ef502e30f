package com.salesos.quotes;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import com.salesos.accounts.AccountService;
import com.salesos.accounts.AccountView;
import com.salesos.platform.NotFoundException;
import com.salesos.workflow.Job;
import com.salesos.workflow.JobWorker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The quote steps of the quote-to-commission process; each one call to the quotes' services (bpmn/README.md). */
@Configuration(proxyBeanMethods = false)
class QuoteWorkers {

    /** The guardrails decision's answer. */
    record Guardrails(ApprovalLevel approvalLevel, BigDecimal maxDiscountPercent) {
    }

    @Bean
    JobWorker quotesPrice(QuoteService quotes, AccountService accounts) {
        return JobWorker.of("quotes.price", job -> {
            UUID id = quoteId(job);
            QuoteView quote = quotes.find(id).orElseThrow(() -> new NotFoundException("Quote", id));
            if (quote.status() == QuoteStatus.REJECTED) {
                // the rep chose to revise: the quote returns to DRAFT for another round through the guardrails
                quote = quotes.revise(id, quote.items().stream()
                        .map(l -> new LineRequest(l.sku(), l.quantity(), l.discountPercent())).toList());
            }
            AccountView account = accounts.find(quote.accountId()).orElseThrow();
            Map<String, Object> facts = GuardrailFacts.of(account, quote.items(), quote.discountPercent(),
                    quote.total().amount(), quote.marginPercent());
            facts.put("quoteRevision", quote.revision());
            // valid through its last day: the expiry timer fires at the start of the next day, UTC
            facts.put("validUntil", quote.validUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime()
                    .toString());
            return facts;
        });
    }

    @Bean
    JobWorker quotesApplyGuardrails(QuoteService quotes) {
        return JobWorker.of("quotes.apply-guardrails", job -> {
            Guardrails guardrails = job.variable("guardrails", Guardrails.class);
            if (guardrails == null || guardrails.approvalLevel() == null) {
                throw new IllegalStateException("the guardrails decision gave no approval level: "
                        + job.variables().get("guardrails"));
            }
            quotes.submitForApproval(quoteId(job), guardrails.approvalLevel(), guardrails.maxDiscountPercent());
            return Map.of();
        });
    }

    @Bean
    JobWorker quotesRecordApproval(QuoteService quotes) {
        return JobWorker.of("quotes.record-approval", job -> {
            // who decided: the task's level (an escalated approval is the director's), else the level asked for
            String level = job.variable("decidedAtLevel", String.class);
            if (level == null) {
                level = job.variable("guardrails", Guardrails.class).approvalLevel().name();
            }
            String by = ApprovalLevel.MANAGER.name().equals(level) ? "team:" + job.variables().get("managerRepId")
                    : "director";
            String comment = job.variable("approvalComment", String.class);
            Integer priced = job.variable("quoteRevision", Integer.class);
            if (priced != null && quotes.find(quoteId(job)).orElseThrow().revision() != priced) {
                // the lines changed after the approver saw them (and after the task ended): the decision covers
                // nothing, the rep revises the quote and it goes through the guardrails again
                return Map.of("approved", false, "approvalComment",
                        "The quote changed after it was priced for approval (revision " + priced + ")");
            }
            if (Boolean.TRUE.equals(job.variable("approved", Boolean.class))) {
                quotes.approve(quoteId(job), by, comment);
            } else {
                quotes.rejectApproval(quoteId(job), by, comment);
            }
            return Map.of();
        });
    }

    @Bean
    JobWorker quotesSend(QuoteProcess process) {
        return JobWorker.running("quotes.send", job -> process.send(quoteId(job)));
    }

    @Bean
    JobWorker quotesAccept(QuoteProcess process) {
        return JobWorker.running("quotes.accept", job -> process.accept(quoteId(job)));
    }

    @Bean
    JobWorker quotesClose(QuoteService quotes) {
        return JobWorker.of("quotes.close", job -> {
            UUID id = quoteId(job);
            switch (job.header("outcome")) {
                case "REJECTED" -> quotes.reject(id);
                case "EXPIRED" -> quotes.expire(id);
                case "WITHDRAWN" -> quotes.withdraw(id);
                default -> throw new IllegalArgumentException("unknown outcome " + job.header("outcome"));
            }
            return Map.of();
        });
    }

    private static UUID quoteId(Job job) {
        return job.variable("quoteId", UUID.class);
    }
}
