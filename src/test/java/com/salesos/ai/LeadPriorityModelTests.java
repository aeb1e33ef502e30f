package com.salesos.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.salesos.pipeline.LeadSource;
import com.salesos.pipeline.LeadStatus;
import com.salesos.pipeline.LeadView;
import org.junit.jupiter.api.Test;

class LeadPriorityModelTests {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-01-01T00:00:00Z");

    @Test
    void learnsFromClosedLeadsThatReferralsConvertAndWebLeadsDoNot() {
        List<LeadView> closed = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            closed.add(lead(LeadSource.REFERRAL, 50, i < 13 ? LeadStatus.CONVERTED : LeadStatus.DISQUALIFIED));
            closed.add(lead(LeadSource.WEB, 50, i < 2 ? LeadStatus.CONVERTED : LeadStatus.DISQUALIFIED));
        }
        LeadPriorityModel model = LeadPriorityModel.train(closed, NOW);
        assertThat(model).isNotNull();
        assertThat(model.trainedOn()).isEqualTo(30);

        var referral = model.score(lead(LeadSource.REFERRAL, 50, LeadStatus.NEW));
        var web = model.score(lead(LeadSource.WEB, 50, LeadStatus.NEW));
        assertThat(referral.getA()).isGreaterThan(0.6);
        assertThat(web.getA()).isLessThan(0.4);
        assertThat(referral.getB().get(0).factor()).isEqualTo("source=REFERRAL");
        assertThat(referral.getB().get(0).effect()).isPositive();
        assertThat(web.getB().get(0).factor()).isEqualTo("source=WEB");
        assertThat(web.getB().get(0).effect()).isNegative();
    }

    @Test
    void thinHistoryLeavesTheDecisionToTheRules() {
        List<LeadView> closed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            closed.add(lead(LeadSource.REFERRAL, 50, i < 5 ? LeadStatus.CONVERTED : LeadStatus.DISQUALIFIED));
        }
        assertThat(LeadPriorityModel.train(closed, NOW)).isNull();

        // rules: 80 × 0.6 = 48 for the intake score, 20 for a referral, 10 for a company
        LeadPriority priority = LeadPriorityScorer.rules(lead(LeadSource.REFERRAL, 80, LeadStatus.NEW));
        assertThat(priority.method()).isEqualTo("RULES");
        assertThat(priority.score()).isEqualTo(78);
        assertThat(priority.priority()).isEqualTo("HIGH");
        assertThat(priority.factors()).extracting(LeadPriority.Factor::factor)
                .containsExactly("intake score", "source=REFERRAL", "has company");
    }

    static LeadView lead(LeadSource source, int score, LeadStatus status) {
        Instant at = NOW.toInstant();
        return new LeadView(UUID.randomUUID(), source, null, "Contact", "c@lead.example", null, "Company", score, status,
                null, null, status == LeadStatus.DISQUALIFIED ? "no budget" : null, at, at);
    }
}
