package com.salesos.pipeline;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.salesos.activity.ActivityLog;
import com.salesos.platform.Money;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads past leads and deals in batches with their activity entries, without access checks and without events:
 * for history such as the demo dataset. The rows must satisfy the tables' rules (a closed deal has a reason).
 */
@Service
public class PipelineHistory {

    /** A past lead; {@code actor} is the username that recorded it. */
    public record HistoricLead(LeadSource source, String externalId, String contactName, String email, String company,
            int score, LeadStatus status, UUID repId, String disqualifyReason, Instant createdAt, Instant updatedAt,
            String actor) {
    }

    /** A past deal; {@code closedAt} and {@code closeReason} for WON and LOST only. */
    public record HistoricDeal(UUID accountId, UUID repId, String name, DealStage stage, Money amount,
            LocalDate expectedClose, String closeReason, Instant closedAt, Instant createdAt, Instant lastActivityAt,
            String actor) {
    }

    private final JdbcTemplate jdbc;
    private final ActivityLog activity;
    @PersistenceContext
    private EntityManager entityManager;

    PipelineHistory(JdbcTemplate jdbc, ActivityLog activity) {
        this.jdbc = jdbc;
        this.activity = activity;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void importHistory(List<HistoricLead> leads, List<HistoricDeal> deals) {
        entityManager.flush();
        List<ActivityLog.Entry> entries = new ArrayList<>();
        List<Object[]> leadRows = new ArrayList<>();
        for (HistoricLead l : leads) {
            UUID id = UUID.randomUUID();
            leadRows.add(new Object[] { id, l.source().name(), l.externalId(), l.contactName(), l.email(), l.company(),
                    l.score(), l.status().name(), l.repId(), l.disqualifyReason(), ts(l.createdAt()), ts(l.updatedAt()) });
            entries.add(entry(l.actor(), l.repId(), "lead.created", "lead", id, l.createdAt(),
                    "{\"source\": \"" + l.source() + "\"}"));
        }
        List<Object[]> dealRows = new ArrayList<>();
        for (HistoricDeal d : deals) {
            UUID id = UUID.randomUUID();
            dealRows.add(new Object[] { id, d.accountId(), d.repId(), d.name(), d.stage().name(), d.amount().amount(),
                    d.amount().currency(), d.expectedClose() == null ? null : Date.valueOf(d.expectedClose()),
                    d.stage().defaultProbability(), d.closeReason(), d.closedAt() == null ? null : ts(d.closedAt()),
                    ts(d.lastActivityAt()), ts(d.createdAt()) });
            entries.add(entry(d.actor(), d.repId(), "deal.created", "deal", id, d.createdAt(),
                    "{\"stage\": \"PROSPECTING\"}"));
            if (d.closedAt() != null) {
                entries.add(entry(d.actor(), d.repId(), "deal.stage-changed", "deal", id, d.closedAt(),
                        "{\"to\": \"" + d.stage() + "\"}"));
            }
        }
        jdbc.batchUpdate("""
                insert into lead (id, source, external_id, contact_name, email, company, score, status, assigned_rep_id,
                    disqualify_reason, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", leadRows);
        jdbc.batchUpdate("""
                insert into deal (id, account_id, rep_id, name, stage, amount, currency, expected_close, probability,
                    close_reason, closed_at, last_activity_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", dealRows);
        activity.importHistory(entries);
    }

    private static ActivityLog.Entry entry(String actor, UUID repId, String action, String type, UUID id, Instant at,
            String details) {
        return new ActivityLog.Entry(UUID.randomUUID(), actor, repId, action, type, id.toString(), at, details);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
