package com.salesos.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The access matrix in {@code security/access-matrix.md}: one Markdown table row per endpoint, saying for each kind
 * of caller whether the call gets through the door.
 */
record AccessMatrix(Map<String, Rule> rules) {

    static final String RESOURCE = "/security/access-matrix.md";

    /** What the callers of one endpoint may do; {@code keyScope} is "-" (no key), "any" or a scope name. */
    record Rule(String method, String path, boolean anonymous, boolean rep, String anotherRep, boolean manager,
            boolean salesOps, boolean admin, String keyScope) {

        String key() {
            return method + " " + path;
        }

        boolean keyWithScope() {
            return !"-".equals(keyScope);
        }

        boolean keyWithoutScope() {
            return "any".equals(keyScope);
        }

        /** Whether another rep, calling with no record of the rep named, gets through the door. */
        boolean anotherRepPasses() {
            return !"no".equals(anotherRep);
        }
    }

    static AccessMatrix load() {
        try (InputStream in = AccessMatrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            Map<String, Rule> rules = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("|") || line.startsWith("| method") || line.startsWith("|--")
                        || line.startsWith("| ---")) {
                    continue;
                }
                List<String> cells = java.util.Arrays.stream(line.split("\\|")).map(String::strip).skip(1).toList();
                if (cells.size() < 9) {
                    throw new IllegalStateException("a matrix row needs 9 cells: " + line);
                }
                Rule rule = new Rule(cells.get(0), cells.get(1).replace("`", ""), yes(cells.get(2)), yes(cells.get(3)),
                        cells.get(4), yes(cells.get(5)), yes(cells.get(6)), yes(cells.get(7)),
                        cells.get(8).replace("`", ""));
                if (rules.put(rule.key(), rule) != null) {
                    throw new IllegalStateException("two rows for " + rule.key());
                }
                if (!List.of("yes", "no", "own").contains(rule.anotherRep())) {
                    throw new IllegalStateException("'another rep' is yes, no or own: " + line);
                }
            }
            return new AccessMatrix(rules);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean yes(String cell) {
        return switch (cell) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("a cell is yes or no, not '" + cell + "'");
        };
    }
}
