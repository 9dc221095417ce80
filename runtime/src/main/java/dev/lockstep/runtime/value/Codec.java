package dev.lockstep.runtime.value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A two-way mapping between a TLA+ value and an idiomatic Java value: {@code long} for integers,
 * {@code boolean}, {@code String}, enums for model values or strings, and immutable
 * {@code java.util} collections for sets ({@code Set}), sequences ({@code List}) and functions
 * ({@code Map}). Generated state records store Java values; they are encoded back to TLA+ values
 * for evaluation and logging, so the log stays in ITF.
 *
 * <p>Decoding checks: a value that is not of the Java type (an integer beyond 64 bits, a string
 * where a model value is expected) fails with a {@link TlaEvaluationException} instead of being
 * changed. Encoding then decoding gives back an equal Java value, and decoding then encoding an
 * equal TLA+ value, so Java equality of decoded values is TLA+ equality.
 *
 * @param <J> the Java type
 */
public interface Codec<J> {

    /** The TLA+ value of {@code j}. */
    Value encode(J j);

    /** The Java value of {@code v}; fails when {@code v} has no Java value of this type. */
    J decode(Value v);

    /** A codec from two functions. */
    static <J> Codec<J> of(Function<? super J, ? extends Value> encode, Function<? super Value, ? extends J> decode) {
        Objects.requireNonNull(encode, "encode");
        Objects.requireNonNull(decode, "decode");
        return new Codec<>() {
            @Override
            public Value encode(J j) {
                return encode.apply(j);
            }

            @Override
            public J decode(Value v) {
                return decode.apply(v);
            }
        };
    }

    /** Any value, unchanged. */
    Codec<Value> VALUE = of(v -> v, v -> v);

    /** Integers as {@code long} (TLC's integers are 32-bit, so every value TLC checked fits). */
    Codec<Long> LONG = of(IntValue::of, Codec::toLong);

    /** Booleans. */
    Codec<Boolean> BOOLEAN = of(BoolValue::of, Value::asBool);

    /** Strings. */
    Codec<String> STRING = of(StrValue::new, Value::asString);

    /** Model values. */
    Codec<ModelValue> MODEL_VALUE = of(m -> m, v -> Values.cast(v, ModelValue.class, "a model value"));

    /** Sets. */
    Codec<SetValue> SET_VALUE = of(s -> s, Value::asSet);

    /** Functions, records, sequences and tuples. */
    Codec<FunctionValue> FUNCTION_VALUE = of(f -> f, Value::asFunction);

    /** {@code v} as a {@code long}; fails when it is not an integer or does not fit in 64 bits. */
    static long toLong(Value v) {
        IntValue i = v.asInt();
        if (i.value().bitLength() > 63) {
            throw new TlaEvaluationException("the integer " + i.value() + " does not fit in a Java long");
        }
        return i.value().longValue();
    }

    /** Sets of elements, as an unmodifiable {@code Set} iterating in TLA+'s canonical order. */
    static <E> Codec<Set<E>> setOf(Codec<E> element) {
        return of(s -> {
            List<Value> out = new ArrayList<>(s.size());
            s.forEach(e -> out.add(element.encode(e)));
            return SetValue.copyOf(out);
        }, v -> {
            Set<E> out = new LinkedHashSet<>();
            v.asSet().forEach(e -> out.add(element.decode(e)));
            return Collections.unmodifiableSet(out);
        });
    }

    /** Sequences ({@code Seq(S)}), as an unmodifiable {@code List}; element 1 is index 0. */
    static <E> Codec<List<E>> seqOf(Codec<E> element) {
        return of(l -> {
            Value[] out = new Value[l.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = element.encode(l.get(i));
            }
            return SeqValue.of(out);
        }, v -> {
            FunctionValue f = v.asFunction();
            List<E> out = new ArrayList<>(f.size());
            for (int i = 1; i <= f.size(); i++) {
                IntValue k = IntValue.of(i);
                if (!f.inDomain(k)) {
                    throw new TlaEvaluationException(v.toTla() + " is not a sequence");
                }
                out.add(element.decode(f.apply(k)));
            }
            return Collections.unmodifiableList(out);
        });
    }

    /** Functions ({@code [S -> T]}), as an unmodifiable {@code Map} iterating in canonical order. */
    static <K, V> Codec<Map<K, V>> mapOf(Codec<K> key, Codec<V> value) {
        return of(m -> {
            SortedMap<Value, Value> graph = new TreeMap<>();
            m.forEach((k, x) -> graph.put(key.encode(k), value.encode(x)));
            return new FnValue(graph);
        }, v -> {
            Map<K, V> out = new LinkedHashMap<>();
            v.asFunction().graph().forEach((k, x) -> out.put(key.decode(k), value.decode(x)));
            return Collections.unmodifiableMap(out);
        });
    }

    /**
     * A value of {@code present}'s type or the one value {@code absent} outside it (TLA+'s
     * {@code S \cup {Nil}}), as an {@code Optional}: empty for {@code absent}.
     */
    static <E> Codec<Optional<E>> optional(Codec<E> present, Value absent) {
        return of(o -> o.isPresent() ? present.encode(o.get()) : absent,
                v -> v.equals(absent) ? Optional.empty() : Optional.of(present.decode(v)));
    }
}
