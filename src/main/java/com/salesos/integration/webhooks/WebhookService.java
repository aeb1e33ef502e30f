package com.salesos.integration.webhooks;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import com.salesos.integration.EventTypes;
import com.salesos.platform.ConflictException;
import com.salesos.platform.InvalidFieldException;
import com.salesos.platform.NotFoundException;
import com.salesos.platform.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Manages webhook subscriptions and lets operators inspect and replay deliveries. */
@Service
class WebhookService {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final TargetPolicy targets;
    private final SecretCipher secrets;
    private final Clock clock;

    WebhookService(Subscriptions subscriptions, Deliveries deliveries, TargetPolicy targets, SecretCipher secrets,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.targets = targets;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** @throws InvalidFieldException naming {@code url} or {@code eventTypes[i]} */
    @Transactional
    SubscriptionView subscribe(SubscriptionRequest request, String createdBy) {
        List<InvalidFieldException.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.eventTypes().size(); i++) {
            if (!EventTypes.ALL.contains(request.eventTypes().get(i))) {
                errors.add(new InvalidFieldException.FieldError("eventTypes[" + i + "]",
                        "must be one of " + EventTypes.ALL.stream().sorted().toList()));
            }
        }
        try {
            targets.check(request.url());
        } catch (InvalidFieldException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        UUID id = UUID.randomUUID();
        Subscription subscription = new Subscription(id, request.url().strip(),
                List.copyOf(new LinkedHashSet<>(request.eventTypes())), secrets.encrypt(id, request.secret()),
                createdBy, clock.instant());
        subscriptions.insert(subscription);
        return SubscriptionView.of(subscription);
    }

    @Transactional(readOnly = true)
    PageResponse<SubscriptionView> list(Pageable page) {
        List<SubscriptionView> items = subscriptions.page((int) page.getOffset(), page.getPageSize()).stream()
                .map(SubscriptionView::of).toList();
        return new PageResponse<>(items, page.getPageNumber(), page.getPageSize(), subscriptions.count());
    }

    @Transactional(readOnly = true)
    SubscriptionView find(UUID id) {
        return subscriptions.find(id).map(SubscriptionView::of)
                .orElseThrow(() -> new NotFoundException("Webhook subscription", id));
    }

    /** Removes the subscription and its deliveries; nothing more is sent to it. */
    @Transactional
    void delete(UUID id) {
        if (!subscriptions.delete(id)) {
            throw new NotFoundException("Webhook subscription", id);
        }
    }

    @Transactional(readOnly = true)
    PageResponse<DeliveryView> deliveries(DeliveryState state, UUID subscriptionId, Pageable page) {
        List<DeliveryView> items = deliveries.page(state, subscriptionId, (int) page.getOffset(), page.getPageSize());
        return new PageResponse<>(items, page.getPageNumber(), page.getPageSize(),
                deliveries.count(state, subscriptionId));
    }

    @Transactional(readOnly = true)
    DeliveryView delivery(UUID id) {
        return deliveries.find(id).orElseThrow(() -> new NotFoundException("Webhook delivery", id));
    }

    /**
     * Sends a delivered or dead delivery again, now, with a fresh budget of attempts.
     *
     * @throws NotFoundException for an unknown id
     * @throws ConflictException when it is still pending
     */
    @Transactional
    DeliveryView replay(UUID id) {
        DeliveryView current = delivery(id);
        if (!deliveries.replay(id, clock.instant())) {
            throw new ConflictException("Webhook delivery " + id + " is " + current.state().name().toLowerCase()
                    + ": only delivered or dead deliveries can be replayed");
        }
        return delivery(id);
    }
}
