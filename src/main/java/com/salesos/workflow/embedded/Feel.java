package com.salesos.workflow.embedded;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FailedEvaluationResult;
import org.camunda.feel.api.FailedParseResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.springframework.stereotype.Component;
import scala.jdk.javaapi.CollectionConverters;

/**
 * FEEL through the feel-scala engine Zeebe uses: expressions are parsed once at deployment, evaluated against a
 * plain variables map, and the results converted back to plain Java values (Map, List, String, Number, Boolean,
 * temporal values as ISO strings). {@code now()} reads the application clock, so tests control it.
 */
@Component
class Feel {

    private final FeelEngineApi engine;

    Feel(Clock clock) {
        this.engine = FeelEngineBuilder.forJava().withClock(() -> ZonedDateTime.now(clock)).build();
    }

    /** An attribute that is FEEL only with a leading {@code =} (Zeebe's rule), else a static value. */
    Expr attribute(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.startsWith("=") ? expression(text.substring(1)) : Expr.constant(text);
    }

    /** An attribute that is always FEEL (conditions, input sources, correlation keys); a leading = is optional. */
    Expr expression(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String feel = text.startsWith("=") ? text.substring(1) : text;
        ParseResult parsed = engine.parseExpression(feel);
        if (parsed.isFailure()) {
            throw new FeelException(((FailedParseResult) parsed).failure().message());
        }
        return new Expr(feel, parsed.parsedExpression());
    }

    /** Evaluates to a plain Java value; a static expression gives its text. */
    Object evaluate(Expr expr, Map<String, Object> variables) {
        if (expr.isStatic()) {
            return expr.text();
        }
        EvaluationResult result = engine.evaluate(expr.parsed(), variables);
        if (result.isFailure()) {
            throw new FeelException("failed to evaluate '" + expr.text() + "': "
                    + ((FailedEvaluationResult) result).failure().message());
        }
        return plain(result.result());
    }

    static Object plain(Object value) {
        // the DMN engine answers several outputs (and collected hits) with Scala collections and numbers
        if (value instanceof scala.collection.Map<?, ?> map) {
            return plain(CollectionConverters.asJava(map));
        }
        if (value instanceof scala.collection.Iterable<?> list) {
            return plain(CollectionConverters.asJava(list));
        }
        if (value instanceof scala.math.BigDecimal number) {
            return number.bigDecimal();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof Iterable<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        // numbers, strings, booleans and temporal values (read by timers) pass as they are
        return value;
    }

    /** A FEEL expression that does not parse or fails to evaluate. */
    static class FeelException extends RuntimeException {
        FeelException(String message) {
            super(message);
        }
    }
}
