package dev.lockstep.bridge.value;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A TLA+ value as TLC prints it in a state. Sequences and tuples are one kind in TLA+ (functions
 * with domain {@code 1..n}), and TLC prints both as {@code <<...>>}; records print as
 * {@code [a |-> 1]}; other functions as {@code (k :> v @@ ...)}. Values TLC prints symbolically
 * (an infinite set, a lazy function) are kept as {@link Symbolic} text.
 */
public sealed interface TlcValue {

    /** An integer of any size. */
    record Int(BigInteger value) implements TlcValue {
        public static Int of(long v) {
            return new Int(BigInteger.valueOf(v));
        }
    }

    record Bool(boolean value) implements TlcValue {
    }

    /** A string, unescaped. */
    record Str(String value) implements TlcValue {
    }

    /** A model value (an identifier in the printed state, declared in the model's configuration). */
    record ModelValue(String name) implements TlcValue {
    }

    /** A finite set, elements in TLC's printing order. */
    record SetOf(List<TlcValue> elements) implements TlcValue {
        public SetOf {
            elements = List.copyOf(elements);
        }
    }

    /** A sequence or tuple {@code <<e1, ..., en>>}. */
    record Seq(List<TlcValue> elements) implements TlcValue {
        public Seq {
            elements = List.copyOf(elements);
        }
    }

    /** A record {@code [f1 |-> v1, ...]}, fields in printing order. */
    record Record(Map<String, TlcValue> fields) implements TlcValue {
        public Record {
            fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }
    }

    /** A function printed as {@code (k1 :> v1 @@ k2 :> v2)}. */
    record Fun(List<Entry> entries) implements TlcValue {
        public Fun {
            entries = List.copyOf(entries);
        }
    }

    /** One pair of a {@link Fun}. */
    record Entry(TlcValue key, TlcValue value) {
    }

    /** A value Lockstep keeps as TLC's text (e.g. {@code Nat}, {@code [x \in Nat |-> x]}). */
    record Symbolic(String text) implements TlcValue {
    }
}
