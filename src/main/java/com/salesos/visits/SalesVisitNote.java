package com.salesos.visits;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A note taken on a visit: who wrote what, of which kind, when. */
@Entity
@Table(name = "sales_visit_note")
class SalesVisitNote {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id")
    private SalesVisit visit;
    @Column(nullable = false)
    private int position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoteKind kind;
    @Column(nullable = false)
    private String text;
    @Column(nullable = false)
    private String author;
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected SalesVisitNote() {
    }

    SalesVisitNote(SalesVisit visit, int position, NoteKind kind, String text, String author, Instant writtenAt) {
        this.id = UUID.randomUUID();
        this.visit = visit;
        this.position = position;
        this.kind = kind;
        this.text = text;
        this.author = author;
        this.writtenAt = writtenAt;
    }

    UUID getId() {
        return id;
    }

    NoteKind getKind() {
        return kind;
    }

    VisitView.Note toView() {
        return new VisitView.Note(id, kind, text, author, writtenAt);
    }
}
