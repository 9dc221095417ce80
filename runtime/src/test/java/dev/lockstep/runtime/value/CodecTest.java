package dev.lockstep.runtime.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodecTest {
    private enum Proc { p1, p2 }

    private static final Codec<Proc> PROC = Codec.of(p -> Values.model(p.name()),
            v -> Proc.valueOf(Values.cast(v, ModelValue.class, "a model value").name()));

    @Test
    void javaValuesRoundTripAndKeepTlaEquality() {
        Codec<Map<Proc, Set<Long>>> fn = Codec.mapOf(PROC, Codec.setOf(Codec.LONG));
        Value v = Values.fn(Values.model("p1"), Values.set(Values.integer(2), Values.integer(1)),
                Values.model("p2"), Values.set());
        Map<Proc, Set<Long>> j = fn.decode(v);
        assertEquals(Map.of(Proc.p1, Set.of(1L, 2L), Proc.p2, Set.of()), j);
        assertEquals(v, fn.encode(j));
        assertEquals(List.of(1L, 2L), List.copyOf(j.get(Proc.p1)), "sets iterate in TLA+'s canonical order");

        Codec<List<String>> seq = Codec.seqOf(Codec.STRING);
        Value s = Values.seq(Values.str("a"), Values.str("b"));
        assertEquals(List.of("a", "b"), seq.decode(s));
        assertEquals(s, seq.encode(List.of("a", "b")));
        // a function with domain 1..2 is a sequence in TLA+
        assertEquals(List.of("a", "b"), seq.decode(Values.fn(Values.integer(1), Values.str("a"), Values.integer(2),
                Values.str("b"))));
        assertTrue(Codec.BOOLEAN.decode(BoolValue.TRUE));
    }

    @Test
    void optionalIsEmptyExactlyForTheAbsentValue() {
        Codec<Map<Proc, Optional<Proc>>> votedFor = Codec.mapOf(PROC, Codec.optional(PROC, Values.model("Nil")));
        Value v = Values.fn(Values.model("p1"), Values.model("Nil"), Values.model("p2"), Values.model("p1"));
        Map<Proc, Optional<Proc>> j = votedFor.decode(v);
        assertEquals(Map.of(Proc.p1, Optional.empty(), Proc.p2, Optional.of(Proc.p1)), j);
        assertEquals(v, votedFor.encode(j));
        assertThrows(IllegalArgumentException.class, () -> votedFor.decode(Values.fn(Values.model("p1"),
                Values.model("None"))), "a model value that is neither Nil nor a Proc is no Optional<Proc>");
    }

    @Test
    void valuesOutsideTheJavaTypeFailInsteadOfChanging() {
        assertThrows(TlaEvaluationException.class, () -> Codec.LONG.decode(Values.integer(
                new java.math.BigInteger("9223372036854775808"))));
        assertEquals(Long.MAX_VALUE, Codec.LONG.decode(Values.integer(Long.MAX_VALUE)));
        assertThrows(RuntimeException.class, () -> Codec.STRING.decode(Values.integer(1)));
        assertThrows(TlaEvaluationException.class, () -> Codec.seqOf(Codec.LONG).decode(
                Values.fn(Values.integer(2), Values.integer(5))));
    }
}
