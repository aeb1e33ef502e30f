package com.salesos.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.salesos.accounts.AccountView;
import com.salesos.pipeline.DealStage;
import com.salesos.pipeline.LeadSource;
import com.salesos.pipeline.LeadStatus;
import com.salesos.pipeline.PipelineHistory;
import com.salesos.platform.Money;
import org.springframework.stereotype.Component;

/** The demo pipeline of the quarter: leads in every status and deals in every stage, spread over the reps. */
@Component
class DemoPipeline {

    static final int LEADS = 45;
    static final int DEALS = 36;
    private static final String[] CONTACTS = { "Eva Roth", "Paul Neumann", "Mia Schuster", "Felix Brunner",
            "Hanna Zeller", "Tobias Frank", "Laura Kern", "Simon Vogt", "Julia Hahn" };
    private static final String[] COMPANIES = { "Biergarten am See", "Sportheim FC Nord", "Café Luitpold",
            "Tankstelle Ost", "Kantine Technikpark", "Festzelt Wiesn-Service", "Hotel Garni Isar" };
    private static final String[] DEALS_NAMED = { "Kühlschrank-Rollout", "Sommersortiment", "Jahresvertrag Getränke",
            "Kaffeevollautomat", "Festausstattung" };

    private final PipelineHistory history;

    DemoPipeline(PipelineHistory history) {
        this.history = history;
    }

    void load(Random random, Map<UUID, String> usernames, Map<UUID, List<AccountView>> pools, LocalDate today) {
        List<UUID> repIds = new ArrayList<>(usernames.keySet());
        if (repIds.isEmpty()) {
            return;
        }
        List<PipelineHistory.HistoricLead> leads = new ArrayList<>();
        for (int i = 0; i < LEADS; i++) {
            UUID rep = repIds.get(i % repIds.size());
            LeadStatus status = LeadStatus.values()[i % LeadStatus.values().length];
            Instant created = when(random, today.minusDays(1 + random.nextInt(DemoFieldHistory.DAYS)));
            String contact = CONTACTS[random.nextInt(CONTACTS.length)];
            leads.add(new PipelineHistory.HistoricLead(LeadSource.values()[random.nextInt(LeadSource.values().length)],
                    "CRM-" + (10_000 + i), contact, contact.toLowerCase().replace(' ', '.') + "@lead.example",
                    COMPANIES[random.nextInt(COMPANIES.length)], 20 + random.nextInt(80), status, rep,
                    status == LeadStatus.DISQUALIFIED ? "kein Budget" : null, created,
                    created.plusSeconds(86_400L * random.nextInt(5)), usernames.get(rep)));
        }
        List<PipelineHistory.HistoricDeal> deals = new ArrayList<>();
        for (int i = 0; i < DEALS; i++) {
            UUID rep = repIds.get(i % repIds.size());
            List<AccountView> pool = pools.get(rep);
            DealStage stage = DealStage.values()[i % DealStage.values().length];
            LocalDate createdOn = today.minusDays(10 + random.nextInt(DemoFieldHistory.DAYS - 10));
            Instant created = when(random, createdOn);
            Instant closed = stage.isClosed() ? when(random, createdOn.plusDays(1 + random.nextInt(
                    (int) (today.toEpochDay() - createdOn.toEpochDay()) - 1))) : null;
            Instant last = closed != null ? closed : created;
            deals.add(new PipelineHistory.HistoricDeal(pool.get(random.nextInt(pool.size())).id(), rep,
                    DEALS_NAMED[random.nextInt(DEALS_NAMED.length)],
                    stage, new Money(BigDecimal.valueOf(500 + 10L * random.nextInt(2_500)), "EUR"),
                    createdOn.plusDays(30 + random.nextInt(60)), stage == DealStage.WON ? "Bester Service und Preis"
                            : stage == DealStage.LOST ? "Wettbewerber günstiger" : null,
                    closed, created, last, usernames.get(rep)));
        }
        history.importHistory(leads, deals);
    }

    /** A working hour of the day in Munich. */
    private static Instant when(Random random, LocalDate day) {
        return day.atTime(LocalTime.of(8 + random.nextInt(9), random.nextInt(60)))
                .atZone(DemoFieldHistory.ZONE).toInstant();
    }
}
