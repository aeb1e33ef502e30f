package com.salesos.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A generator of values from a seeded {@link SplittableRandom}: the same seed gives the same values. Enough for the
 * property tests of the security suite (no shrinking; a failure names the seed and the try instead).
 */
@FunctionalInterface
interface Gen<T> {

    String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    String DIGITS = "0123456789";

    T next(SplittableRandom random);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return random -> f.apply(next(random));
    }

    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
        return random -> f.apply(next(random)).next(random);
    }

    /** A list of 0 to {@code maxSize} values. */
    default Gen<List<T>> list(int maxSize) {
        return random -> {
            int size = random.nextInt(maxSize + 1);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(next(random));
            }
            return list;
        };
    }

    /** Widens the value type (a {@code Gen<String>} where a {@code Gen<Object>} is wanted). */
    default Gen<Object> asObject() {
        return map(v -> (Object) v);
    }

    static <T> Gen<T> constant(T value) {
        return random -> value;
    }

    /** One of the values, each as likely. */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(Arrays.asList(values));
    }

    /** One of the values (which may include null), each as likely. */
    static <T> Gen<T> of(List<? extends T> values) {
        List<? extends T> copy = new ArrayList<>(values);
        return random -> copy.get(random.nextInt(copy.size()));
    }

    /** A value of one of the generators, each as likely. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        return random -> gens[random.nextInt(gens.length)].next(random);
    }

    /** A value of one of the generators, chosen in proportion to its weight. */
    @SafeVarargs
    static <T> Gen<T> frequencyOf(Weighted<? extends T>... choices) {
        int total = 0;
        for (Weighted<? extends T> choice : choices) {
            total += choice.weight();
        }
        int sum = total;
        return random -> {
            int pick = random.nextInt(sum);
            for (Weighted<? extends T> choice : choices) {
                pick -= choice.weight();
                if (pick < 0) {
                    return choice.gen().next(random);
                }
            }
            throw new IllegalStateException("unreachable");
        };
    }

    static <T> Weighted<T> weight(int weight, Gen<T> gen) {
        return new Weighted<>(weight, gen);
    }

    /** An int from {@code min} to {@code max}, both included. */
    static Gen<Integer> between(int min, int max) {
        return random -> random.nextInt(min, max + 1);
    }

    /** Any int. */
    static Gen<Integer> integers() {
        return SplittableRandom::nextInt;
    }

    /** A string of {@code min} to {@code max} characters drawn from {@code alphabet}. */
    static Gen<String> strings(String alphabet, int min, int max) {
        return random -> {
            int length = random.nextInt(min, max + 1);
            StringBuilder s = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return s.toString();
        };
    }

    /**
     * A string of up to {@code max} characters of any kind: mostly printable ASCII, some control characters, some
     * anywhere in the 16-bit range (lone surrogates included).
     */
    static Gen<String> anyStrings(int max) {
        return random -> {
            int length = random.nextInt(max + 1);
            StringBuilder s = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(10);
                s.append((char) (kind < 6 ? random.nextInt(0x20, 0x7f) : kind < 7 ? random.nextInt(0x20)
                        : random.nextInt(0x10000)));
            }
            return s.toString();
        };
    }

    /** A map of 0 to {@code maxSize} entries (fewer when keys repeat). */
    static <K, V> Gen<Map<K, V>> maps(Gen<K> keys, Gen<V> values, int maxSize) {
        return random -> {
            int size = random.nextInt(maxSize + 1);
            Map<K, V> map = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                map.put(keys.next(random), values.next(random));
            }
            return map;
        };
    }

    record Weighted<T>(int weight, Gen<T> gen) {
    }
}
