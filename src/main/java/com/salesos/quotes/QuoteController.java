package com.salesos.quotes;

import java.net.URI;
import java.util.UUID;

import com.salesos.platform.PageParams;
import com.salesos.platform.PageResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quotes: reps create their own (managers for their team), each running in the quote-to-commission process;
 * everyone reads what they may see.
 */
@RestController
@PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_quotes')")
class QuoteController {

    private final QuoteService quotes;
    private final QuoteProcess process;

    QuoteController(QuoteService quotes, QuoteProcess process) {
        this.quotes = quotes;
        this.process = process;
    }

    @PostMapping("/api/v1/sales-reps/quote")
    @PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_quotes')")
    ResponseEntity<QuoteView> create(@Valid @RequestBody NewQuote request) {
        QuoteView quote = process.createAndStart(request);
        return ResponseEntity.created(URI.create("/api/v1/quotes/" + quote.id())).body(quote);
    }

    /** New lines for a quote: a new revision, back through the guardrails (409 once accepted or closed). */
    @PutMapping("/api/v1/quotes/{id}/items")
    @PreAuthorize("hasAnyRole('REP', 'MANAGER', 'SALES_OPS', 'ADMIN') or hasAuthority('SCOPE_quotes')")
    QuoteView change(@PathVariable UUID id, @Valid @RequestBody QuoteChange request) {
        return process.change(id, request.items());
    }

    @GetMapping("/api/v1/quotes/{id}")
    QuoteView get(@PathVariable UUID id) {
        return quotes.get(id);
    }

    @GetMapping("/api/v1/quotes")
    PageResponse<QuoteView> list(@RequestParam(required = false) UUID repId,
            @RequestParam(required = false) QuoteStatus status, @RequestParam(required = false) UUID accountId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return quotes.list(new QuoteFilter(repId, status, accountId), PageParams.of(page, size, Sort.unsorted()));
    }
}
