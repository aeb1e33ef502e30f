package com.salesos.inbound.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesos.inbound.imports.ImportReport.Refusal;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Turns one CSV row into the feature's create request and checks it with the same Bean Validation rules as the REST
 * endpoint; the cells become a JSON object first, so types, enums and nested fields read as they do over REST.
 */
final class RowReader {

    private final ImportKind kind;
    private final ObjectMapper json;
    private final Validator validator;

    RowReader(ImportKind kind, ObjectMapper json, Validator validator) {
        this.kind = kind;
        this.json = json;
        this.validator = validator;
    }

    /** @throws RowRefused with every problem found in the row */
    Object read(long row, Map<String, String> cells) {
        ObjectNode body = json.createObjectNode();
        List<Refusal> problems = new ArrayList<>();
        cells.forEach((column, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            ObjectNode parent = body;
            String[] path = column.split("\\.");
            for (int i = 0; i < path.length - 1; i++) {
                parent = parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
            }
            String leaf = path[path.length - 1];
            if (kind.lists.contains(column)) {
                ArrayNode values = parent.putArray(leaf);
                for (String v : value.split(";")) {
                    if (!v.isBlank()) {
                        values.add(v.strip());
                    }
                }
            } else if (kind.json.contains(column)) {
                try {
                    parent.set(leaf, json.readTree(value));
                } catch (JsonProcessingException e) {
                    problems.add(new Refusal(row, column, "is not valid JSON"));
                }
            } else {
                parent.put(leaf, value.strip());
            }
        });
        if (!problems.isEmpty()) {
            throw new RowRefused(problems);
        }
        Object request;
        try {
            request = json.treeToValue(body, kind.request);
        } catch (JsonMappingException e) {
            throw new RowRefused(List.of(new Refusal(row, field(e), message(e))));
        } catch (JsonProcessingException e) {
            throw new RowRefused(List.of(new Refusal(row, null, "cannot be read")));
        }
        List<Refusal> violations = validator.validate(request).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .map(v -> new Refusal(row, v.getPropertyPath().toString().replace(".<list element>", ""),
                        v.getMessage()))
                .toList();
        if (!violations.isEmpty()) {
            throw new RowRefused(violations);
        }
        return request;
    }

    private static String field(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String message(JsonMappingException e) {
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return "must be one of " + java.util.Arrays.toString(f.getTargetType().getEnumConstants());
        }
        // records refuse impossible values in their constructors (a latitude of 91): say what they said
        Throwable cause = e.getCause();
        return cause instanceof IllegalArgumentException && cause.getMessage() != null ? cause.getMessage()
                : "has an invalid value";
    }

    /** A row that cannot be imported, with its problems. */
    static final class RowRefused extends RuntimeException {

        final transient List<Refusal> refusals;

        RowRefused(List<Refusal> refusals) {
            super(refusals.get(0).field() + ": " + refusals.get(0).message(), null, false, false);
            this.refusals = refusals;
        }
    }
}
