package com.salesos.inbound;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Action items from the virtual office: follow-ups for a rep or an account, each with what to do and when. */
record ActionItemFeed(@Size(max = 200) String eventId, @NotEmpty @Size(max = 500) List<@NotNull @Valid Item> items) {

    /** {@code repId} or {@code accountId} (or both); {@code id} is the sender's id of the item. */
    record Item(@Size(max = 100) String id, UUID repId, UUID accountId, @NotBlank @Size(max = 2000) String what,
            @NotNull Instant due) {
    }
}
