package com.salesos.visits;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.activity.ActivityLog;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads past visits with their notes and activity entries in batches, without access checks and without events:
 * for history such as the demo dataset.
 */
@Service
public class VisitHistory {

    /** A past visit; {@code author} is the username that logged it, notes were written when it ended. */
    public record Visit(UUID repId, String author, UUID accountId, UUID routeStopId, java.time.Instant startedAt,
            java.time.Instant endedAt, VisitOutcome outcome, String nextStep, java.time.LocalDate followUpOn,
            List<NewVisit.Note> notes) {
    }

    private final JdbcTemplate jdbc;
    private final ActivityLog activity;
    private final ObjectMapper json;
    @PersistenceContext
    private EntityManager entityManager;

    VisitHistory(JdbcTemplate jdbc, ActivityLog activity, ObjectMapper json) {
        this.jdbc = jdbc;
        this.activity = activity;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void importVisits(List<Visit> visits) {
        entityManager.flush();
        List<Object[]> visitRows = new ArrayList<>();
        List<Object[]> noteRows = new ArrayList<>();
        List<ActivityLog.Entry> entries = new ArrayList<>();
        for (Visit v : visits) {
            UUID id = UUID.randomUUID();
            visitRows.add(new Object[] { id, v.repId(), v.accountId(), v.routeStopId(), Timestamp.from(v.startedAt()),
                    v.endedAt() == null ? null : Timestamp.from(v.endedAt()), v.outcome().name(), v.nextStep(),
                    v.followUpOn() == null ? null : Date.valueOf(v.followUpOn()), Timestamp.from(v.endedAt()) });
            entries.add(new ActivityLog.Entry(UUID.randomUUID(), v.author(), v.repId(), "visit.logged", "visit",
                    id.toString(), v.endedAt(), details("accountId", v.accountId(), "outcome", v.outcome(), "notes",
                            v.notes().size())));
            for (int i = 0; i < v.notes().size(); i++) {
                NewVisit.Note note = v.notes().get(i);
                UUID noteId = UUID.randomUUID();
                noteRows.add(new Object[] { noteId, id, i + 1, note.kind().name(), note.text(), v.author(),
                        Timestamp.from(v.endedAt()) });
                entries.add(new ActivityLog.Entry(UUID.randomUUID(), v.author(), v.repId(), "visit.note-added", "visit",
                        id.toString(), v.endedAt(), details("noteId", noteId, "kind", note.kind())));
            }
        }
        jdbc.batchUpdate("""
                insert into sales_visit (id, rep_id, account_id, route_stop_id, started_at, ended_at, outcome, next_step,
                    follow_up_on, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", visitRows);
        jdbc.batchUpdate("""
                insert into sales_visit_note (id, visit_id, position, kind, text, author, written_at)
                values (?, ?, ?, ?, ?, ?, ?)""", noteRows);
        activity.importHistory(entries);
    }

    private String details(Object... keysAndValues) {
        var map = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        try {
            return json.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
