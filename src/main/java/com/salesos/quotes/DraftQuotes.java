package com.salesos.quotes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesos.accounts.AccountService;
import com.salesos.activity.ActivityLog;
import com.salesos.platform.InvalidFieldException;
import com.salesos.reps.RepService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens empty draft quotes for processes (a visit with order intent): the rep adds the lines later, and only
 * submitting the quote takes it through pricing and the guardrails. Creating a draft starts no quote process.
 */
@Service
public class DraftQuotes {

    private final SalesQuotes quotes;
    private final RepService reps;
    private final AccountService accounts;
    private final ActivityLog activity;
    private final Clock clock;
    private final String defaultCurrency;

    DraftQuotes(SalesQuotes quotes, RepService reps, AccountService accounts, ActivityLog activity, Clock clock,
            @Value("${salesos.default-currency:EUR}") String defaultCurrency) {
        this.quotes = quotes;
        this.reps = reps;
        this.accounts = accounts;
        this.activity = activity;
        this.clock = clock;
        this.defaultCurrency = defaultCurrency;
    }

    /**
     * A DRAFT quote without lines for the rep and account, valid for the default period; no visibility check (the
     * caller is a process worker acting for the rep). Not idempotent by itself: the caller keys it.
     *
     * @param origin what the draft came from, for the activity log ({@code visit/<id>})
     * @throws InvalidFieldException naming {@code repId} or {@code accountId} when unknown
     */
    @Transactional
    public QuoteView createDraft(UUID repId, UUID accountId, String origin) {
        if (repId == null || reps.find(repId).isEmpty()) {
            throw new InvalidFieldException("repId", "is not a known rep");
        }
        if (accountId == null || accounts.find(accountId).isEmpty()) {
            throw new InvalidFieldException("accountId", "is not a known account");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate validUntil = LocalDate.now(clock).plusDays(QuoteService.DEFAULT_VALIDITY_DAYS);
        String number = "Q-%d-%06d".formatted(now.atZone(ZoneOffset.UTC).getYear(), quotes.nextNumber());
        SalesQuote quote = quotes.save(new SalesQuote(number, accountId, repId, validUntil,
                PricedLines.of(defaultCurrency, List.of()), now));
        activity.record("quote.created", "quote", quote.getId(), repId,
                Map.of("number", number, "draft", true, "origin", origin));
        return quote.toView();
    }
}
