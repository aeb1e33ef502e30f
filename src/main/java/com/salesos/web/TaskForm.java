package com.salesos.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesos.platform.InvalidFieldException;

/**
 * The forms the inbox knows by their form key ({@code salesos:<form>}), and how each turns the posted fields into
 * the variables its task completes with (as bpmn/README.md lists them). Unknown keys get the generic form.
 */
enum TaskForm {

    APPROVE_DISCOUNT("approve-discount"),
    REVISE_OR_WITHDRAW_QUOTE("revise-or-withdraw-quote"),
    RESOLVE_STOCK_SHORTAGE("resolve-stock-shortage"),
    FOLLOW_UP_VISIT("follow-up-visit"),
    CONTACT_LEAD("contact-lead"),
    GENERIC(null);

    private static final List<String> REVISIONS = List.of("REVISE", "WITHDRAW");
    private static final List<String> QUALIFICATIONS = List.of("QUALIFIED", "DISQUALIFIED");
    private static final List<String> RESOLUTIONS = List.of("SPLIT", "BACK_ORDER", "CANCEL");
    private static final int MAX_COMMENT = 2000;

    private final String key;

    TaskForm(String key) {
        this.key = key;
    }

    /** The form for a task's form key; GENERIC for null or unknown keys. */
    static TaskForm of(String formKey) {
        if (formKey != null && formKey.startsWith("salesos:")) {
            String name = formKey.substring("salesos:".length());
            for (TaskForm form : values()) {
                if (name.equals(form.key)) {
                    return form;
                }
            }
        }
        return GENERIC;
    }

    /** The template fragment's name, e.g. {@code approve-discount}. */
    String fragment() {
        return key == null ? "generic" : key;
    }

    /**
     * The completion variables from the posted fields.
     *
     * @throws InvalidFieldException naming the field that is missing or wrong
     */
    Map<String, Object> variables(Map<String, String> fields, ObjectMapper json) {
        Map<String, Object> variables = new LinkedHashMap<>();
        switch (this) {
            case APPROVE_DISCOUNT -> {
                String decision = fields.get("decision");
                if (!"approve".equals(decision) && !"reject".equals(decision)) {
                    throw new InvalidFieldException("decision", "choose approve or reject");
                }
                String comment = trimmed(fields.get("comment"), "comment");
                if ("reject".equals(decision) && comment == null) {
                    throw new InvalidFieldException("comment", "say why the discount is rejected");
                }
                variables.put("approved", "approve".equals(decision));
                variables.put("approvalComment", comment);
            }
            case REVISE_OR_WITHDRAW_QUOTE -> variables.put("revision", oneOf(fields, "revision", REVISIONS));
            case RESOLVE_STOCK_SHORTAGE -> variables.put("stockResolution", oneOf(fields, "stockResolution", RESOLUTIONS));
            case FOLLOW_UP_VISIT -> {
                String note = trimmed(fields.get("followUpNote"), "followUpNote");
                if (note == null) {
                    throw new InvalidFieldException("followUpNote", "say what you did to follow up");
                }
                variables.put("followUpNote", note);
            }
            case CONTACT_LEAD -> {
                String qualification = oneOf(fields, "qualification", QUALIFICATIONS);
                String reason = trimmed(fields.get("disqualificationReason"), "disqualificationReason");
                if (qualification.equals("DISQUALIFIED") && reason == null) {
                    throw new InvalidFieldException("disqualificationReason", "say why the lead is disqualified");
                }
                variables.put("qualification", qualification);
                variables.put("disqualificationReason", reason);
            }
            case GENERIC -> variables.putAll(parsed(fields.get("variables"), json));
        }
        return variables;
    }

    private static String oneOf(Map<String, String> fields, String name, List<String> allowed) {
        String value = fields.get(name);
        if (value == null || !allowed.contains(value.toUpperCase(Locale.ROOT))) {
            throw new InvalidFieldException(name, "choose one of " + String.join(", ", allowed));
        }
        return value.toUpperCase(Locale.ROOT);
    }

    private static String trimmed(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_COMMENT) {
            throw new InvalidFieldException(field, "must be at most " + MAX_COMMENT + " characters");
        }
        return text.strip();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parsed(String text, ObjectMapper json) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            Object value = json.readValue(text, Object.class);
            if (value instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
        } catch (JsonProcessingException e) {
            throw new InvalidFieldException("variables", "is not valid JSON: " + e.getOriginalMessage());
        }
        throw new InvalidFieldException("variables", "must be a JSON object, e.g. {\"done\": true}");
    }
}
