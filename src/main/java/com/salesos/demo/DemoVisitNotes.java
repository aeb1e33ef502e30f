package com.salesos.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.salesos.visits.NewVisit;
import com.salesos.visits.NoteKind;
import com.salesos.visits.VisitOutcome;

/** What reps write after a visit: a general note fitting the outcome, sometimes competitor news or an objection. */
final class DemoVisitNotes {

    private static final String[][] GENERAL = {
            { "Niemand angetroffen, Laden geschlossen.", "Inhaber nicht da, Aushilfe hat keine Befugnis." },
            { "Kein Bedarf, Lager ist voll.", "Bleibt beim bisherigen Sortiment." },
            { "Interesse an Sommersortiment, Preisliste dagelassen.", "Gutes Gespräch, neue Limonaden probiert." },
            { "Will Angebot für Kühlschrank und Erstbestückung.", "Bittet um Rückruf nach Rücksprache mit Partner." },
            { "Bestellung für nächste Woche angekündigt.", "Will Radler und Wasser aufstocken, Angebot folgt." } };
    private static final String[] COMPETITOR = { "Wettbewerber bietet 5 % Rabatt auf Wasser.",
            "Konkurrenz hat neuen Kühlschrank aufgestellt.", "Großhändler liefert zweimal pro Woche." };
    private static final String[] OBJECTION = { "Preis für Cola zu hoch.", "Lieferzeiten zuletzt unzuverlässig.",
            "Zu wenig Platz im Kühlregal." };
    private static final String[] NEXT_STEPS = { "Angebot schicken", "Muster vorbeibringen", "Rückruf vereinbaren",
            "Kühlschrank-Aufstellung planen" };

    private DemoVisitNotes() {
    }

    static List<NewVisit.Note> notesFor(Random random, VisitOutcome outcome) {
        List<NewVisit.Note> notes = new ArrayList<>();
        String[] general = GENERAL[outcome.ordinal()];
        notes.add(new NewVisit.Note(general[random.nextInt(general.length)], NoteKind.GENERAL));
        if (outcome != VisitOutcome.NOT_MET && random.nextInt(100) < 25) {
            notes.add(new NewVisit.Note(COMPETITOR[random.nextInt(COMPETITOR.length)], NoteKind.COMPETITOR));
        }
        if (outcome == VisitOutcome.FOLLOW_UP_NEEDED) {
            notes.add(new NewVisit.Note("Nachfassen: " + NEXT_STEPS[random.nextInt(NEXT_STEPS.length)],
                    NoteKind.FOLLOW_UP));
        }
        if (outcome == VisitOutcome.NO_INTEREST || random.nextInt(100) < 10) {
            notes.add(new NewVisit.Note(OBJECTION[random.nextInt(OBJECTION.length)], NoteKind.OBJECTION));
        }
        return notes;
    }

    static String nextStep(Random random, VisitOutcome outcome) {
        return outcome == VisitOutcome.ORDER_INTENT ? "Angebot schicken" : NEXT_STEPS[random.nextInt(NEXT_STEPS.length)];
    }
}
