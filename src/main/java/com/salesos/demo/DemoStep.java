package com.salesos.demo;

import org.springframework.core.Ordered;

/**
 * One part of the demo dataset. Steps load in {@link #getOrder()} order inside one transaction, each once per
 * database (remembered by {@link #name()}), so a step added later still loads on a database that has the rest.
 * The base steps use orders below 1000 (team 100, accounts 200, catalog 300); history steps should use 1000+.
 */
public interface DemoStep extends Ordered {

    /** A stable, unique name; changing it loads the step again. */
    String name();

    /** Loads the step's data through the features' services; runs inside the demo transaction. */
    void load();
}
