package com.salesos.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.salesos.activity.ActivityLog;
import com.salesos.platform.ConflictException;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.platform.PageResponse;
import com.salesos.reps.RepService;
import com.salesos.reps.TerritoryService;
import com.salesos.security.AccessPolicy;
import com.salesos.security.Actor;
import com.salesos.security.CurrentActor;
import com.salesos.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records leads and moves them through qualification. A rep sees the leads assigned to them; a manager the team's
 * and the unassigned ones; sales ops, admins and machine clients all.
 */
@Service
public class LeadService {

    private final Leads leads;
    private final RepService reps;
    private final TerritoryService territories;
    private final AccessPolicy access;
    private final CurrentActor currentActor;
    private final ActivityLog activity;
    private final Clock clock;

    LeadService(Leads leads, RepService reps, TerritoryService territories, AccessPolicy access,
            CurrentActor currentActor, ActivityLog activity, Clock clock) {
        this.leads = leads;
        this.reps = reps;
        this.territories = territories;
        this.access = access;
        this.currentActor = currentActor;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * @throws InvalidFieldException naming {@code assignedRepId} or {@code territoryId} when unknown
     * @throws org.springframework.security.access.AccessDeniedException when assigning to a rep the caller may not see
     * @throws ConflictException when the source already delivered a lead with this external id
     */
    @Transactional
    public LeadView create(NewLead request) {
        UUID repId = request.assignedRepId() == null ? currentActor.get().repId() : request.assignedRepId();
        if (repId != null) {
            if (reps.find(repId).isEmpty()) {
                throw new InvalidFieldException("assignedRepId", "is not a known rep");
            }
            access.checkRep(repId);
        }
        if (request.territoryId() != null && territories.find(request.territoryId()).isEmpty()) {
            throw new InvalidFieldException("territoryId", "is not a known territory");
        }
        if (request.externalId() != null && leads.existsBySourceAndExternalId(request.source(), request.externalId())) {
            throw new ConflictException("A " + request.source() + " lead with external id " + request.externalId()
                    + " exists already");
        }
        Lead lead = leads.save(new Lead(request, repId, clock.instant()));
        activity.record("lead.created", "lead", lead.getId(), repId, Map.of("source", request.source()));
        return lead.toView();
    }

    /**
     * @throws NotFoundException when unknown or not visible
     * @throws InvalidFieldException naming {@code reason} when disqualifying without one, {@code status} for NEW
     * @throws ConflictException when the lead's status does not allow the move
     */
    @Transactional
    public LeadView changeStatus(UUID id, LeadStatusChange change) {
        Lead lead = visible(id);
        Instant now = clock.instant();
        LeadStatus from = lead.getStatus();
        switch (change.status()) {
            case NEW -> throw new InvalidFieldException("status", "a lead cannot go back to NEW");
            case CONTACTED -> lead.contact(now);
            case QUALIFIED -> lead.qualify(now);
            case CONVERTED -> lead.convert(now);
            case DISQUALIFIED -> {
                if (change.reason() == null || change.reason().isBlank()) {
                    throw new InvalidFieldException("reason", "is required to disqualify a lead");
                }
                lead.disqualify(change.reason().strip(), now);
            }
        }
        activity.record("lead.status-changed", "lead", id, lead.getAssignedRepId(),
                Map.of("from", from, "to", change.status()));
        return lead.toView();
    }

    /** @throws NotFoundException when unknown or not visible */
    @Transactional(readOnly = true)
    public LeadView get(UUID id) {
        return visible(id).toView();
    }

    @Transactional(readOnly = true)
    public PageResponse<LeadView> list(PipelineFilter<LeadStatus> filter, PageRequest page) {
        if (filter.repId() != null) {
            access.checkRep(filter.repId());
        }
        return PageResponse.of(leads.findAll(PipelineSpecifications.leads(filter, access.visibleRepIds().orElse(null),
                seesUnassigned()), page.withSort(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")))),
                Lead::toView);
    }

    private Lead visible(UUID id) {
        return leads.findById(id).filter(l -> l.getAssignedRepId() == null ? seesUnassigned()
                : access.canSeeRep(l.getAssignedRepId())).orElseThrow(() -> new NotFoundException("Lead", id));
    }

    private boolean seesUnassigned() {
        Actor actor = currentActor.get();
        return access.visibleRepIds().isEmpty() || actor.has(Role.MANAGER);
    }
}
