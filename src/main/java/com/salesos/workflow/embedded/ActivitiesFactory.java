package com.salesos.workflow.embedded;

import org.springframework.stereotype.Component;

/** Builds the {@link Activities} of the token mover (they call each other, so neither is a bean of the other). */
@Component
class ActivitiesFactory {

    private final Keys keys;
    private final Feel feel;
    private final Deployments deployments;
    private final Decisions decisions;
    private final Loader loader;
    private final Subscriptions subscriptions;

    ActivitiesFactory(Keys keys, Feel feel, Deployments deployments, Decisions decisions, Loader loader,
            Subscriptions subscriptions) {
        this.keys = keys;
        this.feel = feel;
        this.deployments = deployments;
        this.decisions = decisions;
        this.loader = loader;
        this.subscriptions = subscriptions;
    }

    Activities create(Tokens tokens) {
        return new Activities(tokens, keys, feel, deployments, decisions, loader, subscriptions);
    }
}
