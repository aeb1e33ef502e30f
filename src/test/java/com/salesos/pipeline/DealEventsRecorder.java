package com.salesos.pipeline;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test-only: remembers the {@link DealWon} events published in this context. */
@Component
class DealEventsRecorder {

    final List<DealWon> won = new CopyOnWriteArrayList<>();

    @EventListener
    void on(DealWon event) {
        won.add(event);
    }
}
