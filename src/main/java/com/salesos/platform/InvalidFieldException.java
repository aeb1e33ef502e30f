package com.salesos.platform;

import java.util.List;

/**
 * Input that passed the syntax checks but breaks a rule the service knows (an unknown SKU, a date range
 * the wrong way round); answered with 400 and the named fields.
 */
public class InvalidFieldException extends RuntimeException {

    /** One offending field, named by its JSON path in the request ({@code items[2].sku}). */
    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidFieldException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidFieldException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
