package com.salesos.ai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.integration.EventTypes;
import com.salesos.integration.Outbox;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.InvalidFieldException.FieldError;
import com.salesos.platform.NotFoundException;
import com.salesos.platform.PageResponse;
import com.salesos.security.AccessPolicy;
import com.salesos.security.CurrentActor;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, lists and acknowledges insights. A rep sees the insights about them, a manager their team's, sales ops
 * and admins all, including team-wide ones without a rep.
 */
@Service
public class InsightService {

    private final AIInsights insights;
    private final AccessPolicy access;
    private final CurrentActor actor;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    InsightService(AIInsights insights, AccessPolicy access, CurrentActor actor, Outbox outbox, JdbcClient jdbc,
            ObjectMapper json, Clock clock) {
        this.insights = insights;
        this.access = access;
        this.actor = actor;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** @throws InvalidFieldException naming {@code type}, {@code subjectType}, {@code subjectId}, {@code score} or {@code explanation} */
    @Transactional
    public InsightView record(NewInsight insight) {
        validate(insight);
        return insights.save(new AIInsight(insight, clock.instant().truncatedTo(ChronoUnit.MICROS))).toView();
    }

    /**
     * Stores a finding of an analysis once per type, subject and {@code period}, and publishes
     * {@code insight.created} in the same transaction; a finding stored before is left as it was (acknowledged or
     * not) and nothing is published again.
     *
     * @return the new insight, or empty when the same finding for the same period was stored before
     * @throws InvalidFieldException as {@link #record(NewInsight)}, or naming {@code period} when blank or too long
     */
    @Transactional
    public Optional<InsightView> recordOnce(NewInsight insight, String period) {
        validate(insight);
        if (period == null || period.isBlank() || period.length() > 50) {
            throw new InvalidFieldException("period", "must be 1 to 50 characters");
        }
        UUID id = UUID.randomUUID();
        // on conflict do nothing rather than catch: a failed insert would abort the caller's whole transaction
        int inserted = jdbc.sql("""
                insert into ai_insight (id, type, subject_type, subject_id, rep_id, score, explanation, evidence,
                    created_at, period)
                values (:id, :type, :subjectType, :subjectId, :repId, :score, :explanation, cast(:evidence as jsonb),
                    :at, :period)
                on conflict do nothing""")
                .param("id", id).param("type", insight.type()).param("subjectType", insight.subjectType())
                .param("subjectId", insight.subjectId()).param("repId", insight.repId())
                .param("score", insight.score().setScale(4, RoundingMode.HALF_UP))
                .param("explanation", insight.explanation()).param("evidence", toJson(insight.evidence()))
                .param("at", OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
                .param("period", period).update();
        if (inserted == 0) {
            return Optional.empty();
        }
        InsightView view = insights.findById(id).orElseThrow().toView();
        outbox.publish("insight.created:" + id, EventTypes.INSIGHT_CREATED, "insight/" + id, view);
        return Optional.of(view);
    }

    private void validate(NewInsight insight) {
        List<FieldError> errors = new ArrayList<>();
        require(insight.type(), "type", 50, errors);
        require(insight.subjectType(), "subjectType", 50, errors);
        require(insight.subjectId(), "subjectId", 100, errors);
        require(insight.explanation(), "explanation", 4000, errors);
        if (insight.score() == null || insight.score().signum() < 0 || insight.score().compareTo(BigDecimal.ONE) > 0) {
            errors.add(new FieldError("score", "must be between 0 and 1"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }

    private String toJson(Map<String, Object> evidence) {
        try {
            return json.writeValueAsString(evidence == null ? Map.of() : evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("evidence cannot be written as JSON", e);
        }
    }

    /** Insights the caller may see, newest first. */
    @Transactional(readOnly = true)
    public PageResponse<InsightView> list(InsightFilter filter, PageRequest page) {
        if (filter.repId() != null) {
            access.checkRep(filter.repId());
        }
        return PageResponse.of(insights.findAll(matching(filter, access.visibleRepIds().orElse(null)),
                page.withSort(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")))), AIInsight::toView);
    }

    /** Marks the insight seen by the caller; acknowledging again keeps the first. @throws NotFoundException */
    @Transactional
    public InsightView acknowledge(UUID id) {
        AIInsight insight = insights.findById(id).filter(this::visible)
                .orElseThrow(() -> new NotFoundException("Insight", id));
        insight.acknowledge(actor.get().name(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        return insight.toView();
    }

    private boolean visible(AIInsight insight) {
        Set<UUID> visible = access.visibleRepIds().orElse(null);
        return visible == null || (insight.getRepId() != null && visible.contains(insight.getRepId()));
    }

    private static void require(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank() || value.length() > max) {
            errors.add(new FieldError(field, "must be 1 to " + max + " characters"));
        }
    }

    private static Specification<AIInsight> matching(InsightFilter filter, Set<UUID> visible) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (visible != null) {
                where.add(visible.isEmpty() ? cb.disjunction() : root.get("repId").in(visible));
            }
            if (filter.repId() != null) {
                where.add(cb.equal(root.get("repId"), filter.repId()));
            }
            if (filter.type() != null) {
                where.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.subjectType() != null) {
                where.add(cb.equal(root.get("subjectType"), filter.subjectType()));
            }
            if (filter.subjectId() != null) {
                where.add(cb.equal(root.get("subjectId"), filter.subjectId()));
            }
            if (filter.acknowledged() != null) {
                where.add(filter.acknowledged() ? cb.isNotNull(root.get("acknowledgedAt"))
                        : cb.isNull(root.get("acknowledgedAt")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
