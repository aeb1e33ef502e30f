package com.salesos.security;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.salesos.security.Gen.weight;

/**
 * Generates JSON request bodies (as maps, lists, strings, numbers) shaped like a request type, where any field may
 * be well-formed or hostile: the wrong type, a huge string, a negative or enormous number, an unknown enum value, an
 * impossible date, or missing. Ids are drawn partly from {@code knownIds}, so that a body can get past "not found"
 * to the checks behind it.
 */
final class Bodies {

    private static final int MAX_DEPTH = 4;

    private final List<UUID> knownIds;
    private final List<String> knownCodes;

    Bodies(List<UUID> knownIds, List<String> knownCodes) {
        this.knownIds = knownIds;
        this.knownCodes = knownCodes;
    }

    /** A body for the type (a record or a class with fields); any JSON object when the type is unknown. */
    Gen<Object> of(Type type) {
        return type == null ? anyJson(2) : value(type, "body", 0);
    }

    // mostly well-formed fields, so that most bodies carry one or two hostile values past the others' checks
    private Gen<Object> value(Type type, String name, int depth) {
        Class<?> raw = rawClass(type);
        Gen<Object> good = wellFormed(type, raw, name, depth);
        return Gen.frequencyOf(weight(24, good), weight(3, hostile(raw)), weight(1, Gen.constant(null)));
    }

    private Gen<Object> wellFormed(Type type, Class<?> raw, String name, int depth) {
        if (raw == String.class) {
            return byName(name).asObject();
        }
        if (raw == UUID.class) {
            return Gen.oneOf(Gen.of(knownIds), Bodies::randomUuid).map(UUID::toString);
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class || raw == short.class
                || raw == Short.class) {
            return Gen.between(0, 100).asObject();
        }
        if (raw == BigDecimal.class || raw == double.class || raw == Double.class || raw == float.class
                || raw == Float.class) {
            return Gen.between(0, 100_000).map(cents -> BigDecimal.valueOf(cents, 2));
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Gen.of(true, false);
        }
        if (raw.isEnum()) {
            return Gen.of(raw.getEnumConstants()).map(e -> ((Enum<?>) e).name());
        }
        if (raw == LocalDate.class) {
            return Gen.between(-400, 400).map(d -> LocalDate.now().plusDays(d).toString());
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class
                || raw == LocalDateTime.class) {
            return Gen.between(-400, 400).map(d -> Instant.now().plusSeconds(d * 86_400L)
                    .toString().replaceAll(raw == LocalDateTime.class ? "Z$" : "$^", ""));
        }
        if (raw == LocalTime.class) {
            return Gen.of("08:00", "12:30", "17:00");
        }
        if (raw == YearMonth.class) {
            return Gen.of("2025-01", "2025-12", "2026-06");
        }
        if (depth >= MAX_DEPTH) {
            return Gen.constant(null);
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            Type element = raw.isArray() ? raw.getComponentType() : typeArgument(type, 0);
            return value(element, name, depth + 1).list(3).asObject();
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type valueType = typeArgument(type, 1);
            Class<?> keyType = rawClass(typeArgument(type, 0));
            Gen<String> keys = keyType.isEnum()
                    ? Gen.of(keyType.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                    : Gen.strings(Gen.LETTERS, 1, 8);
            Gen<Object> values = value(valueType, name, depth + 1);
            return random -> {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put(keys.next(random), values.next(random));
                return map;
            };
        }
        if (raw == Object.class || raw.getName().startsWith("com.fasterxml")) {
            return anyJson(1);
        }
        return object(raw, depth);
    }

    /** A plausible string for a field, by its name (a currency, a country, an e-mail address, a known SKU …). */
    private Gen<String> byName(String name) {
        String n = name.toLowerCase();
        if (n.contains("currency")) {
            return Gen.of("EUR", "EUR", "USD");
        }
        if (n.contains("country")) {
            return Gen.of("DE", "AT");
        }
        if (n.contains("email")) {
            return Gen.strings(Gen.LETTERS, 3, 10).map(s -> s + "@example.com");
        }
        if (n.contains("zone")) {
            return Gen.of("Europe/Berlin", "UTC");
        }
        if (n.equals("sku") && !knownCodes.isEmpty()) {
            return Gen.of(knownCodes);
        }
        if (n.contains("postal")) {
            return Gen.strings(Gen.DIGITS, 5, 5);
        }
        if (n.contains("url")) {
            return Gen.of("https://example.com/hook", "http://127.0.0.1:9/hook");
        }
        if (n.contains("period") || n.equals("from") || n.equals("to")) {
            return Gen.of("2025-03", "2025-03-04");
        }
        return Gen.strings(Gen.LETTERS + Gen.DIGITS, 1, 20);
    }

    /** An object with each property generated; null properties are left out or sent as null. */
    private Gen<Object> object(Class<?> raw, int depth) {
        Map<String, Type> properties = properties(raw);
        if (properties.isEmpty()) {
            return anyJson(1);
        }
        List<Gen<Object>> values = new ArrayList<>();
        properties.forEach((n, t) -> values.add(value(t, n, depth + 1)));
        List<String> names = new ArrayList<>(properties.keySet());
        return random -> {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                Object generated = values.get(i).next(random);
                if (generated != null || i % 2 == 0) {
                    map.put(names.get(i), generated);
                }
            }
            return map;
        };
    }

    /** Values no field of this type should accept. */
    private Gen<Object> hostile(Class<?> raw) {
        List<Object> common = new ArrayList<>(List.of("' or 1=1 --", "\u0000\u202e\ud83d\ude00", "", List.of(),
                Map.of("$ne", 1), 1.5, -1, true));
        if (raw.isEnum()) {
            common.addAll(List.of("NO_SUCH_VALUE", ((Enum<?>) raw.getEnumConstants()[0]).name().toLowerCase(), 7));
        }
        if (Number.class.isAssignableFrom(boxed(raw))) {
            common.addAll(List.of(-1, Integer.MIN_VALUE, Long.MAX_VALUE, new BigInteger("123456789012345678901234567890"),
                    new BigDecimal("-99999999999999999999.999999"), new BigDecimal("1E+400"), new BigDecimal("1E-400"),
                    "NaN", "12,50", "ten"));
        }
        if (raw == LocalDate.class || raw == Instant.class || raw == OffsetDateTime.class || raw == YearMonth.class
                || raw == LocalTime.class || raw == ZonedDateTime.class || raw == LocalDateTime.class) {
            common.addAll(List.of("2025-02-30", "2025-13-01", "04.03.2025", "yesterday", 20250304,
                    "+999999999-12-31T23:59:59Z", "-999999999-01-01", "2025-03-04T25:61:00Z", "24:00", "2025-00"));
        }
        if (raw == UUID.class) {
            common.addAll(List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g", 12345));
        }
        return Gen.oneOf(Gen.of(common), Gen.between(1_000, 200_000).map("é"::repeat),
                Gen.between(1, 3_000).map(n -> java.util.Collections.nCopies(n, "x")));
    }

    /** Any small JSON value: what a field of unknown shape, or a whole body, may be. */
    static Gen<Object> anyJson(int depth) {
        Gen<Object> leaf = Gen.oneOf(Gen.anyStrings(30), Gen.integers(), Gen.of(true, false, "' or 1=1 --"),
                Gen.constant(null));
        if (depth <= 0) {
            return leaf;
        }
        Gen<Object> nested = anyJson(depth - 1);
        return Gen.oneOf(leaf, nested.list(3), Gen.maps(Gen.strings(Gen.LETTERS, 1, 8), nested, 3));
    }

    /** A random (version 4) UUID from the generator's random numbers, so that the seed decides it too. */
    private static UUID randomUuid(java.util.SplittableRandom random) {
        return new UUID(random.nextLong() & ~0xf000L | 0x4000L,
                random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L);
    }

    static Map<String, Type> properties(Class<?> raw) {
        Map<String, Type> properties = new LinkedHashMap<>();
        if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                properties.put(jsonName(c.getAccessor().getAnnotation(
                        com.fasterxml.jackson.annotation.JsonProperty.class), c.getName()), c.getGenericType());
            }
            return properties;
        }
        if (raw.getName().startsWith("java.")) {
            return properties;
        }
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                    properties.putIfAbsent(jsonName(f.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class),
                            f.getName()), f.getGenericType());
                }
            }
        }
        return properties;
    }

    private static String jsonName(com.fasterxml.jackson.annotation.JsonProperty annotation, String name) {
        return annotation != null && !annotation.value().isEmpty() ? annotation.value() : name;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static Class<?> boxed(Class<?> raw) {
        return raw.isPrimitive() ? java.lang.invoke.MethodType.methodType(raw).wrap().returnType() : raw;
    }
}
