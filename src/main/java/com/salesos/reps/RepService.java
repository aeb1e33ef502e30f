package com.salesos.reps;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.salesos.platform.Currencies;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.platform.PageResponse;
import com.salesos.platform.TimeZones;
import com.salesos.security.Role;
import com.salesos.security.UserService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds sales reps and the territories they cover. */
@Service
public class RepService {

    private final SalesReps reps;
    private final SalesTerritories territories;
    private final TerritoryAssignments assignments;
    private final UserService users;
    private final Clock clock;
    private final String defaultTimeZone;

    RepService(SalesReps reps, SalesTerritories territories, TerritoryAssignments assignments, UserService users,
            Clock clock, @Value("${salesos.default-time-zone:Europe/Berlin}") String defaultTimeZone) {
        this.reps = reps;
        this.territories = territories;
        this.assignments = assignments;
        this.users = users;
        this.clock = clock;
        this.defaultTimeZone = defaultTimeZone;
    }

    /**
     * Creates a rep, their territory assignments and, with a username, their sign-in; all or nothing.
     *
     * @throws InvalidFieldException naming the field: {@code email} taken, {@code managerId} unknown or not a
     *         manager, {@code territoryIds[i]}/{@code primaryTerritoryId} unknown or already covered by a primary
     *         rep, {@code timeZone}, {@code quota.currency}, {@code username} taken, {@code password} missing
     */
    @Transactional
    public RepView create(NewRep request) {
        if (reps.existsByEmailIgnoreCase(request.email())) {
            throw new InvalidFieldException("email", "is already used by another rep");
        }
        if (request.managerId() != null) {
            SalesRep manager = reps.findById(request.managerId())
                    .orElseThrow(() -> new InvalidFieldException("managerId", "is not a known rep"));
            if (!manager.isManager()) {
                throw new InvalidFieldException("managerId", "must be a rep with role MANAGER");
            }
        }
        String zone = TimeZones.requireIana(request.timeZone() == null ? defaultTimeZone : request.timeZone(), "timeZone");
        if (request.quota() != null) {
            Currencies.require(request.quota().currency(), "quota.currency");
        }
        if ((request.username() == null) != (request.password() == null)) {
            throw new InvalidFieldException(request.username() == null ? "username" : "password",
                    "is required together with " + (request.username() == null ? "password" : "username"));
        }
        RepRole role = request.role() == null ? RepRole.FIELD : request.role();
        SalesRep rep = reps.save(new SalesRep(request.firstName().strip(), request.lastName().strip(),
                request.email().strip(), request.phone(), role, request.managerId(), request.homeBase(), zone,
                request.quota(), clock.instant()));

        LocalDate today = LocalDate.now(clock);
        List<UUID> territoryIds = request.territoryIds() == null ? List.of() : request.territoryIds();
        for (int i = 0; i < territoryIds.size(); i++) {
            UUID territoryId = territoryIds.get(i);
            if (!territoryId.equals(request.primaryTerritoryId())) {
                assign(rep.getId(), territoryId, today, null, false, "territoryIds[" + i + "]");
            }
        }
        if (request.primaryTerritoryId() != null) {
            assign(rep.getId(), request.primaryTerritoryId(), today, null, true, "primaryTerritoryId");
        }
        if (request.username() != null) {
            users.create(request.username(), request.password(), rep.toView(List.of()).displayName(),
                    role == RepRole.MANAGER ? EnumSet.of(Role.MANAGER) : EnumSet.of(Role.REP), rep.getId());
        }
        return view(rep);
    }

    /**
     * Lets a rep cover a territory from {@code from} to {@code to} (inclusive; null = open-ended).
     *
     * @throws NotFoundException when the rep is unknown
     * @throws InvalidFieldException naming {@code territoryId} when unknown or, for a primary assignment, when the
     *         territory has another primary rep in that period; {@code to} when before {@code from}
     */
    @Transactional
    public RepView.TerritoryAssignment assignTerritory(UUID repId, UUID territoryId, LocalDate from, LocalDate to,
            boolean primary) {
        if (!reps.existsById(repId)) {
            throw new NotFoundException("Sales rep", repId);
        }
        return assign(repId, territoryId, from, to, primary, "territoryId");
    }

    private RepView.TerritoryAssignment assign(UUID repId, UUID territoryId, LocalDate from, LocalDate to,
            boolean primary, String field) {
        if (!territories.existsById(territoryId)) {
            throw new InvalidFieldException(field, "is not a known territory");
        }
        if (to != null && to.isBefore(from)) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        if (primary) {
            assignments.findByTerritoryIdAndPrimaryTrue(territoryId).stream().filter(a -> a.overlaps(from, to))
                    .findFirst().ifPresent(a -> {
                        throw new InvalidFieldException(field, "already has primary rep " + a.getRepId() + " from "
                                + a.getValidFrom() + (a.getValidTo() == null ? " on" : " to " + a.getValidTo()));
                    });
        }
        return assignments.save(new SalesRepTerritoryAssignment(repId, territoryId, from, to, primary,
                clock.instant())).toView();
    }

    /** @throws NotFoundException when no rep has this id */
    @Transactional(readOnly = true)
    public RepView get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("Sales rep", id));
    }

    @Transactional(readOnly = true)
    public Optional<RepView> find(UUID id) {
        return reps.findById(id).map(this::view);
    }

    @Transactional(readOnly = true)
    public PageResponse<RepView> list(RepFilter filter, PageRequest page) {
        Page<SalesRep> found = reps.findAll(RepSpecifications.matching(filter, LocalDate.now(clock)),
                page.withSort(Sort.by("lastName", "firstName", "id")));
        Map<UUID, List<RepView.TerritoryAssignment>> byRep = assignmentsOf(
                found.getContent().stream().map(SalesRep::getId).toList());
        return PageResponse.of(found, r -> r.toView(byRep.getOrDefault(r.getId(), List.of())));
    }

    /** The rep who is the primary rep of the territory on {@code day}, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> primaryRepOf(UUID territoryId, LocalDate day) {
        return assignments.coveringOn(territoryId, day).stream().filter(SalesRepTerritoryAssignment::isPrimary)
                .map(SalesRepTerritoryAssignment::getRepId).findFirst();
    }

    /** The reps who cover the territory on {@code day}, the primary rep first. */
    @Transactional(readOnly = true)
    public List<UUID> repsCovering(UUID territoryId, LocalDate day) {
        Set<UUID> ids = new LinkedHashSet<>();
        assignments.coveringOn(territoryId, day).forEach(a -> ids.add(a.getRepId()));
        return new ArrayList<>(ids);
    }

    private RepView view(SalesRep rep) {
        return rep.toView(assignmentsOf(List.of(rep.getId())).getOrDefault(rep.getId(), List.of()));
    }

    private Map<UUID, List<RepView.TerritoryAssignment>> assignmentsOf(List<UUID> repIds) {
        if (repIds.isEmpty()) {
            return Map.of();
        }
        return assignments.findByRepIdInOrderByValidFrom(repIds).stream().collect(Collectors.groupingBy(
                SalesRepTerritoryAssignment::getRepId, Collectors.mapping(SalesRepTerritoryAssignment::toView,
                        Collectors.toList())));
    }
}
