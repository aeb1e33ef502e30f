package com.salesos.integration.webhooks;

import java.net.URI;
import java.security.Principal;
import java.util.UUID;

import com.salesos.platform.PageParams;
import com.salesos.platform.PageResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Webhook subscriptions and their deliveries, for admins, sales ops and API keys with the {@code webhooks} scope. */
@RestController
@RequestMapping("/api/v1/webhooks")
@PreAuthorize("hasAnyRole('ADMIN', 'SALES_OPS') or hasAuthority('SCOPE_webhooks')")
class WebhookController {

    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping
    ResponseEntity<SubscriptionView> subscribe(@Valid @RequestBody SubscriptionRequest request, Principal caller) {
        SubscriptionView created = webhooks.subscribe(request, caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.id())).body(created);
    }

    @GetMapping
    PageResponse<SubscriptionView> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return webhooks.list(PageParams.of(page, size, Sort.unsorted()));
    }

    @GetMapping("/{id}")
    SubscriptionView find(@PathVariable UUID id) {
        return webhooks.find(id);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        webhooks.delete(id);
    }

    @GetMapping("/deliveries")
    PageResponse<DeliveryView> deliveries(@RequestParam(required = false) DeliveryState state,
            @RequestParam(required = false) UUID subscription, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return webhooks.deliveries(state, subscription, PageParams.of(page, size, Sort.unsorted()));
    }

    @GetMapping("/deliveries/{id}")
    DeliveryView delivery(@PathVariable UUID id) {
        return webhooks.delivery(id);
    }

    @PostMapping("/deliveries/{id}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DeliveryView replay(@PathVariable UUID id) {
        return webhooks.replay(id);
    }
}
