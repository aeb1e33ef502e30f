package com.salesos.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A rep's visit at an account: when, how it went, the next step and the notes taken. */
@Entity
@Table(name = "sales_visit")
class SalesVisit {

    @Id
    private UUID id;
    @Column(name = "rep_id", nullable = false)
    private UUID repId;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(name = "route_stop_id")
    private UUID routeStopId;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitOutcome outcome;
    @Column(name = "next_step")
    private String nextStep;
    @Column(name = "follow_up_on")
    private LocalDate followUpOn;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SalesVisitNote> notes = new ArrayList<>();

    protected SalesVisit() {
    }

    SalesVisit(NewVisit request, Instant now) {
        this.id = UUID.randomUUID();
        this.repId = request.repId();
        this.accountId = request.accountId();
        this.routeStopId = request.routeStopId();
        this.startedAt = request.startedAt();
        this.endedAt = request.endedAt();
        this.outcome = request.outcome();
        this.nextStep = request.nextStep() == null || request.nextStep().isBlank() ? null : request.nextStep().strip();
        this.followUpOn = request.followUpOn();
        this.createdAt = now;
    }

    SalesVisitNote addNote(NoteKind kind, String text, String author, Instant now) {
        SalesVisitNote note = new SalesVisitNote(this, notes.size() + 1, kind == null ? NoteKind.GENERAL : kind,
                text.strip(), author, now);
        notes.add(note);
        return note;
    }

    UUID getId() {
        return id;
    }

    UUID getRepId() {
        return repId;
    }

    VisitLogged logged() {
        return new VisitLogged(id, repId, accountId, routeStopId, outcome, startedAt, nextStep, followUpOn);
    }

    VisitView toView() {
        return new VisitView(id, repId, accountId, routeStopId, startedAt, endedAt, outcome, nextStep, followUpOn,
                notes.stream().map(SalesVisitNote::toView).toList(), createdAt);
    }
}
