package com.salesos.workflow.web;

import java.time.Duration;
import java.util.Map;

import com.salesos.workflow.Message;
import com.salesos.workflow.PublishedMessage;
import com.salesos.workflow.Workflow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Publishes messages (e.g. QuoteAccepted by quote id, InvoicePaid by order id) for waiting instances. */
@RestController
@PreAuthorize(Access.OPERATE)
class MessageController {

    /** {@code timeToLive} is an ISO-8601 duration ({@code PT1H}); without it the message is not buffered. */
    record PublishRequest(@NotBlank @Size(max = 255) String name, @Size(max = 255) String correlationKey,
            Map<String, Object> variables, Duration timeToLive, @Size(max = 255) String messageId) {
    }

    private final Workflow workflow;

    MessageController(Workflow workflow) {
        this.workflow = workflow;
    }

    @PostMapping("/api/v1/messages")
    PublishedMessage publish(@Valid @RequestBody PublishRequest request) {
        return workflow.publish(new Message(request.name(), request.correlationKey(), request.variables(),
                request.timeToLive(), request.messageId()));
    }
}
