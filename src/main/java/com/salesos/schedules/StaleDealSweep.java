package com.salesos.schedules;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.salesos.activity.ActivityLog;
import com.salesos.integration.EventTypes;
import com.salesos.integration.Outbox;
import com.salesos.pipeline.DealView;
import com.salesos.pipeline.StaleDeals;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code stale-deals}: open deals without activity for {@code stale-after-days} get a {@code deal.stale} entry in the
 * activity log and a {@code stale-deal} notification to their rep, once per deal and stretch of inactivity: a deal
 * worked on again and left idle again is flagged again, one still idle since its flag is not.
 */
@Component
class StaleDealSweep implements ScheduledWork {

    private final StaleDeals deals;
    private final ActivityLog activity;
    private final Outbox outbox;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SchedulesProperties properties;

    StaleDealSweep(StaleDeals deals, ActivityLog activity, Outbox outbox, JdbcTemplate jdbc,
            TransactionTemplate transactions, SchedulesProperties properties) {
        this.deals = deals;
        this.activity = activity;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "stale-deals";
    }

    @Override
    public String description() {
        return "Flags open deals without activity for " + properties.staleDeals().staleAfterDays()
                + " days to their rep";
    }

    @Override
    public String defaultCron() {
        return "0 0 6 * * ?";
    }

    @Override
    public SchedulesProperties.Settings settings() {
        return properties.staleDeals();
    }

    @Override
    public String run(Instant slot) {
        int days = properties.staleDeals().staleAfterDays();
        List<DealView> stale = deals.inactiveSince(slot.minus(Duration.ofDays(days)));
        int flagged = 0;
        for (DealView deal : stale) {
            if (Boolean.TRUE.equals(transactions.execute(status -> flag(deal, slot, days)))) {
                flagged++;
            }
        }
        return stale.size() + " stale deals, " + flagged + " newly flagged";
    }

    private boolean flag(DealView deal, Instant slot, int staleAfterDays) {
        int inserted = jdbc.update("""
                insert into stale_deal_flag (deal_id, last_activity_at, flagged_at) values (?, ?, ?)
                on conflict do nothing""", deal.id(), Timestamp.from(deal.lastActivityAt()),
                Timestamp.from(slot.truncatedTo(ChronoUnit.MICROS)));
        if (inserted == 0) {
            return false;
        }
        long idleDays = Duration.between(deal.lastActivityAt(), slot).toDays();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dealName", deal.name());
        details.put("stage", deal.stage().name());
        details.put("lastActivityAt", deal.lastActivityAt().toString());
        details.put("daysWithoutActivity", idleDays);
        details.put("staleAfterDays", staleAfterDays);
        activity.record("deal.stale", "deal", deal.id(), deal.repId(), details);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("template", "stale-deal");
        data.put("recipients", List.of("rep"));
        data.put("dealId", deal.id());
        data.put("repId", deal.repId());
        data.putAll(details);
        outbox.publish("stale-deal:" + deal.id() + ":" + deal.lastActivityAt().toEpochMilli(),
                EventTypes.NOTIFICATION_REQUESTED, "deal/" + deal.id(), data);
        return true;
    }
}
