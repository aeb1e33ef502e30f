package com.salesos.visits;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test-only: remembers the {@link VisitLogged} events published in this context. */
@Component
class VisitEventsRecorder {

    final List<VisitLogged> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(VisitLogged event) {
        events.add(event);
    }
}
