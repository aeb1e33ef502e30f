package com.salesos.visits;

/** What a visit note is about; competitor and objection notes feed the AI visit advice. */
public enum NoteKind {
    GENERAL, COMPETITOR, OBJECTION, FOLLOW_UP
}
