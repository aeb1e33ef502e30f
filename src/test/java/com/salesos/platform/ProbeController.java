package com.salesos.platform;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A test-only endpoint for the platform tests, found by component scanning so tests share one context. */
@RestController
class ProbeController {

    static final AtomicInteger created = new AtomicInteger();

    record ProbeRequest(@NotBlank String name, @Min(1) int count) {
    }

    record ProbeAnswer(int number, String name) {
    }

    @PostMapping("/api/v1/probe")
    @ResponseStatus(HttpStatus.CREATED)
    ProbeAnswer create(@Valid @RequestBody ProbeRequest request) {
        return new ProbeAnswer(created.incrementAndGet(), request.name());
    }

    @GetMapping("/api/v1/probe/{id}")
    ProbeAnswer find(@PathVariable int id) {
        if (id == 404) {
            throw new NotFoundException("Probe", id);
        }
        if (id == 503) {
            throw new UnavailableException("The probe's backend is unavailable", new java.net.ConnectException());
        }
        return new ProbeAnswer(id, "probe");
    }
}
