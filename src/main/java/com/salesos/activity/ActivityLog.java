package com.salesos.activity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.platform.PageResponse;
import com.salesos.security.CurrentActor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to and reads the activity log. Appends join the caller's transaction, so an entry exists iff its change does. */
@Service
public class ActivityLog {

    /** An entry as readers see it; {@code details} is a JSON object. */
    public record Entry(UUID id, String actor, UUID repId, String action, String subjectType, String subjectId,
            Instant occurredAt, String details) {
    }

    private final ActivityLogEntries entries;
    private final CurrentActor currentActor;
    private final ObjectMapper json;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    @PersistenceContext
    private EntityManager entityManager;

    ActivityLog(ActivityLogEntries entries, CurrentActor currentActor, ObjectMapper json, Clock clock,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.currentActor = currentActor;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records that the current caller did {@code action} (e.g. {@code quote.created}) to a subject.
     *
     * @param repId the rep whose record this is (for visibility), or null
     * @param details a small map of facts, written as JSON; may be empty
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Entry record(String action, String subjectType, Object subjectId, UUID repId, Map<String, ?> details) {
        String detailsJson;
        try {
            detailsJson = json.writeValueAsString(details == null ? Map.of() : details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("activity details are not serialisable", e);
        }
        return entries.save(new ActivityLogEntry(currentActor.get().name(), repId, action, subjectType,
                String.valueOf(subjectId), clock.instant(), detailsJson)).view();
    }

    /**
     * Appends entries that happened earlier, as they are (actor, time, details JSON), in one batch: for loading
     * history such as the demo dataset, not for recording what the caller does now.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void importHistory(List<Entry> history) {
        entityManager.flush();
        jdbc.batchUpdate("""
                insert into activity_log (id, actor, rep_id, action, subject_type, subject_id, occurred_at, details)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""", history.stream().map(e -> new Object[] { e.id(), e.actor(),
                e.repId(), e.action(), e.subjectType(), e.subjectId(), Timestamp.from(e.occurredAt()), e.details() })
                .toList());
    }

    /** Entries in [from, to), newest first; for the given reps, or for all when {@code repIds} is null. */
    @Transactional(readOnly = true)
    public PageResponse<Entry> find(Collection<UUID> repIds, Instant from, Instant to, Pageable page) {
        var result = repIds == null ? entries.findAll(from, to, page) : entries.findForReps(repIds, from, to, page);
        return PageResponse.of(result, ActivityLogEntry::view);
    }

    @Transactional(readOnly = true)
    public List<Entry> forSubject(String subjectType, Object subjectId) {
        return entries.findForSubject(subjectType, String.valueOf(subjectId)).stream().map(ActivityLogEntry::view)
                .toList();
    }

    /** How many {@code action} entries of the rep were written in [from, to); e.g. visits logged, for KPIs. */
    @Transactional(readOnly = true)
    public long count(String action, UUID repId, Instant from, Instant to) {
        return entries.countForRep(action, repId, from, to);
    }
}
