package com.salesos.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.salesos.platform.ConflictException;
import com.salesos.platform.Money;
import org.junit.jupiter.api.Test;

/** The quote's state machine, without a database. */
class SalesQuoteTests {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final UUID PRODUCT = UUID.randomUUID();

    static PricedLines lines(int quantity, String discount) {
        Money price = Money.of("10.00", "EUR");
        Money subtotal = price.times(BigDecimal.valueOf(quantity));
        Money off = subtotal.times(new BigDecimal(discount).movePointLeft(2));
        return PricedLines.of("EUR", List.of(new PricedLine(PRODUCT, "SKU-1", "Thing", "BEVERAGES", quantity,
                price, new BigDecimal(discount).setScale(2), subtotal, off, subtotal.minus(off), Money.of("6.00", "EUR"))));
    }

    static SalesQuote draft() {
        return new SalesQuote("Q-2026-000001", UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 4, 1),
                lines(10, "5"), NOW);
    }

    static SalesQuote sent() {
        SalesQuote quote = draft();
        quote.submitForApproval(ApprovalLevel.NONE, new BigDecimal("10"), NOW);
        quote.markSent(NOW);
        return quote;
    }

    @Test
    void guardrailsWithoutApprovalApproveTheDraftAtOnce() {
        SalesQuote quote = draft();
        assertThat(quote.submitForApproval(ApprovalLevel.NONE, new BigDecimal("10"), NOW)).isTrue();
        assertThat(quote.getStatus()).isEqualTo(QuoteStatus.APPROVED);
        assertThat(quote.toView().approval().decidedBy()).isEqualTo("guardrails");
        assertThat(quote.toView().approval().approvedRevision()).isEqualTo(1);
    }

    @Test
    void managerApprovalLeadsToSentAcceptedAndOrdered() {
        SalesQuote quote = draft();
        quote.submitForApproval(ApprovalLevel.MANAGER, new BigDecimal("25"), NOW);
        assertThat(quote.getStatus()).isEqualTo(QuoteStatus.PENDING_APPROVAL);
        assertThat(quote.approve("manager1", "fine", NOW)).isTrue();
        assertThat(quote.markSent(NOW)).isTrue();
        assertThat(quote.accept(NOW)).isTrue();
        UUID order = UUID.randomUUID();
        assertThat(quote.markOrdered(order, NOW)).isTrue();
        QuoteView view = quote.toView();
        assertThat(view.status()).isEqualTo(QuoteStatus.ACCEPTED);
        assertThat(view.orderId()).isEqualTo(order);
        assertThat(view.approval().decidedBy()).isEqualTo("manager1");
    }

    @Test
    void repeatingATransitionChangesNothing() {
        SalesQuote quote = sent();
        assertThat(quote.markSent(NOW)).isFalse();
        quote.accept(NOW);
        assertThat(quote.accept(NOW)).isFalse();
        UUID order = UUID.randomUUID();
        quote.markOrdered(order, NOW);
        assertThat(quote.markOrdered(order, NOW)).isFalse();
        assertThatThrownBy(() -> quote.markOrdered(UUID.randomUUID(), NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void illegalTransitionsAreConflicts() {
        assertThatThrownBy(() -> draft().accept(NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> draft().markSent(NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> draft().approve("m", null, NOW)).isInstanceOf(ConflictException.class);
        SalesQuote accepted = sent();
        accepted.accept(NOW);
        assertThatThrownBy(() -> accepted.reject(NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> accepted.expire(NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> accepted.withdraw(NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> accepted.revise(lines(20, "5"), NOW)).isInstanceOf(ConflictException.class);
        SalesQuote expired = sent();
        expired.expire(NOW);
        assertThatThrownBy(() -> expired.accept(NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void changingASentQuoteNeedsANewApproval() {
        SalesQuote quote = sent();
        assertThat(quote.revise(lines(12, "5"), NOW)).isEqualTo(2);
        assertThat(quote.getStatus()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(quote.toView().approval().approvedRevision()).isEqualTo(1);
        assertThat(quote.toView().approval().level()).isNull();
        assertThatThrownBy(() -> quote.markSent(NOW)).isInstanceOf(ConflictException.class);
        quote.submitForApproval(ApprovalLevel.MANAGER, new BigDecimal("25"), NOW);
        quote.approve("manager1", null, NOW);
        assertThat(quote.toView().approval().approvedRevision()).isEqualTo(2);
        assertThat(quote.markSent(NOW)).isTrue();
    }

    @Test
    void revisingWithTheSameLinesKeepsTheApproval() {
        SalesQuote quote = sent();
        assertThat(quote.revise(lines(10, "5"), NOW)).isEqualTo(1);
        assertThat(quote.getStatus()).isEqualTo(QuoteStatus.SENT);
    }

    @Test
    void refusedDiscountRejectsAndARevisionStartsOver() {
        SalesQuote quote = draft();
        quote.submitForApproval(ApprovalLevel.REFUSED, new BigDecimal("40"), NOW);
        assertThat(quote.getStatus()).isEqualTo(QuoteStatus.REJECTED);
        assertThat(quote.toView().approval().decision()).isEqualTo(ApprovalDecision.REFUSED);
        assertThat(quote.reject("someone", "again", NOW)).isFalse();
        quote.revise(lines(10, "5"), NOW);
        assertThat(quote.getStatus()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(quote.getRevision()).isEqualTo(2);
    }

    @Test
    void approverRejectionAndCustomerRejectionAreToldApart() {
        SalesQuote byApprover = draft();
        byApprover.submitForApproval(ApprovalLevel.DIRECTOR, new BigDecimal("40"), NOW);
        assertThat(byApprover.reject("director", "too much", NOW)).isTrue();
        assertThat(byApprover.toView().approval().decision()).isEqualTo(ApprovalDecision.REJECTED);
        assertThatThrownBy(() -> byApprover.reject(NOW)).isInstanceOf(ConflictException.class);

        SalesQuote byCustomer = sent();
        assertThat(byCustomer.reject(NOW)).isTrue();
        assertThat(byCustomer.reject(NOW)).isFalse();
        assertThat(byCustomer.toView().approval().decision()).isEqualTo(ApprovalDecision.APPROVED);
        assertThat(byCustomer.getStatus()).isEqualTo(QuoteStatus.REJECTED);
    }
}
