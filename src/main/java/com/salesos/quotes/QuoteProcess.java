package com.salesos.quotes;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.salesos.integration.EventTypes;
import com.salesos.integration.Outbox;
import com.salesos.platform.ConflictException;
import com.salesos.reps.RepProcessVariables;
import com.salesos.workflow.Message;
import com.salesos.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs quotes through the {@value #PROCESS_ID} process. The embedded engine's commands join the caller's
 * transaction, so a quote and its process instance are stored together or not at all; steps that tell other
 * systems write their outbox event in the transaction of the status change.
 */
@Service
public class QuoteProcess {

    static final String PROCESS_ID = "quote-to-commission";
    static final String QUOTE_ACCEPTED = "QuoteAccepted";
    static final String QUOTE_CHANGED = "QuoteChanged";

    private final QuoteService quotes;
    private final Workflow workflow;
    private final RepProcessVariables repVariables;
    private final Outbox outbox;

    QuoteProcess(QuoteService quotes, Workflow workflow, RepProcessVariables repVariables, Outbox outbox) {
        this.quotes = quotes;
        this.workflow = workflow;
        this.repVariables = repVariables;
        this.outbox = outbox;
    }

    /** Creates the quote (see {@link QuoteService#create}) and starts its process, business key = quote id. */
    @Transactional
    public QuoteView createAndStart(NewQuote request) {
        QuoteView quote = quotes.create(request);
        Map<String, Object> variables = repVariables.of(quote.repId());
        variables.put("quoteId", quote.id().toString());
        long key = workflow.start(PROCESS_ID, variables, quote.id().toString());
        return quotes.attachProcess(quote.id(), key);
    }

    /**
     * The customer's yes for a quote that runs in the process: publishes {@code QuoteAccepted} so that the process
     * creates the order (an ACCEPTED quote's process is creating it already). Answers false for a quote without
     * a process.
     *
     * @throws ConflictException when the quote is neither SENT nor ACCEPTED
     */
    @Transactional
    public boolean acceptInProcess(UUID quoteId) {
        QuoteView quote = quotes.find(quoteId).orElseThrow();
        if (quote.processInstanceKey() == null) {
            return false;
        }
        if (quote.status() == QuoteStatus.ACCEPTED) {
            return true;
        }
        if (quote.status() != QuoteStatus.SENT) {
            throw new ConflictException("Quote " + quote.number() + " is " + quote.status() + ", not SENT");
        }
        // the message id makes a repeated request while the first is buffered a no-op
        workflow.publish(new Message(QUOTE_ACCEPTED, quoteId.toString(), Map.of(), Duration.ofMinutes(5),
                "order-request:" + quoteId));
        return true;
    }

    /**
     * Changes a quote's lines (see {@link QuoteService#changeLines}). A quote in its process goes back through pricing
     * and the guardrails: {@code QuoteChanged} interrupts a pending approval or the wait for the customer, so an
     * approval never covers lines that changed after it. The message is not buffered (a process busy with its
     * automatic steps reads the new lines anyway, and one waiting for the rep's revision takes them when the rep
     * chooses to revise).
     */
    @Transactional
    public QuoteView change(UUID quoteId, java.util.List<LineRequest> items) {
        int before = quotes.get(quoteId).revision();
        QuoteView quote = quotes.changeLines(quoteId, items);
        if (quote.processInstanceKey() != null && quote.revision() != before) {
            workflow.publish(new Message(QUOTE_CHANGED, quoteId.toString(), Map.of("quoteRevision", quote.revision()),
                    Duration.ZERO, "quote-changed:" + quoteId + ":" + quote.revision()));
        }
        return quote;
    }

    @Transactional
    public QuoteView send(UUID quoteId) {
        QuoteView quote = quotes.markSent(quoteId);
        outbox.publish("quote.sent:" + quoteId + ":" + quote.revision(), EventTypes.QUOTE_SENT, "quote/" + quoteId,
                Map.of("quoteId", quoteId, "number", quote.number(), "accountId", quote.accountId(), "repId",
                        quote.repId(), "total", quote.total(), "validUntil", quote.validUntil().toString()));
        return quote;
    }

    @Transactional
    public QuoteView accept(UUID quoteId) {
        QuoteView quote = quotes.accept(quoteId);
        outbox.publish("quote.accepted:" + quoteId, EventTypes.QUOTE_ACCEPTED, "quote/" + quoteId,
                Map.of("quoteId", quoteId, "number", quote.number(), "total", quote.total()));
        return quote;
    }
}
