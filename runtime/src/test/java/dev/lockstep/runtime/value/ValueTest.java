package dev.lockstep.runtime.value;

import static dev.lockstep.runtime.value.Values.bool;
import static dev.lockstep.runtime.value.Values.fn;
import static dev.lockstep.runtime.value.Values.integer;
import static dev.lockstep.runtime.value.Values.model;
import static dev.lockstep.runtime.value.Values.record;
import static dev.lockstep.runtime.value.Values.seq;
import static dev.lockstep.runtime.value.Values.set;
import static dev.lockstep.runtime.value.Values.str;
import static dev.lockstep.runtime.value.Values.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValueTest {

    @Test
    void sequencesTuplesRecordsAndFunctionsWithTheSameGraphAreEqual() {
        Value s = seq(integer(10), integer(20));
        Value t = tuple(integer(10), integer(20));
        Value f = fn(integer(1), integer(10), integer(2), integer(20));
        assertEquals(s, t);
        assertEquals(t, f);
        assertEquals(f, s);
        assertEquals(s.hashCode(), t.hashCode());
        assertEquals(s.hashCode(), f.hashCode());
        assertEquals(0, s.compareTo(f));

        Value r = record("a", integer(1), "b", str("x"));
        Value rf = fn(str("a"), integer(1), str("b"), str("x"));
        assertEquals(r, rf);
        assertEquals(r.hashCode(), rf.hashCode());
        assertNotEquals(r, record("a", integer(1), "b", str("y")));
    }

    @Test
    void emptySequenceEqualsEmptyFunctionButNotEmptySet() {
        assertEquals(SeqValue.EMPTY, FnValue.EMPTY);
        assertEquals(SeqValue.EMPTY, TupleValue.of());
        assertNotEquals(SeqValue.EMPTY, SetValue.EMPTY);
    }

    @Test
    void modelValuesDifferFromStringsOfTheSameName() {
        assertNotEquals(model("p1"), str("p1"));
        assertEquals(model("p1"), model("p1"));
        assertEquals(2, set(model("p1"), str("p1")).size());
    }

    @Test
    void setsDropDuplicatesByTlaEquality() {
        SetValue s = set(seq(integer(1)), tuple(integer(1)), fn(integer(1), integer(1)), integer(3), integer(3));
        assertEquals(2, s.size());
        assertTrue(s.contains(tuple(integer(1))));
        assertEquals(set(integer(3), seq(integer(1))), s);
    }

    @Test
    void canonicalOrderRanksKindsThenValues() {
        List<Value> vs = List.of(set(integer(1)), str("b"), integer(2), bool(true), model("m"), seq(integer(1)),
                integer(-5), str("a"), bool(false), SetValue.EMPTY, record("x", integer(1)));
        SetValue s = SetValue.copyOf(vs);
        assertEquals("{FALSE, TRUE, -5, 2, \"a\", \"b\", m, {}, {1}, <<1>>, [x |-> 1]}", s.toTla());
    }

    @Test
    void canonicalOrderIsATotalOrderConsistentWithEquals() {
        Random r = new Random(7);
        List<Value> vs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            vs.add(random(r, 3));
        }
        for (Value a : vs) {
            for (Value b : vs) {
                int ab = Integer.signum(a.compareTo(b));
                assertEquals(-ab, Integer.signum(b.compareTo(a)), () -> a + " vs " + b);
                assertEquals(ab == 0, a.equals(b), () -> a + " vs " + b);
                if (ab == 0) {
                    assertEquals(a.hashCode(), b.hashCode(), () -> a + " vs " + b);
                }
            }
        }
        // transitivity on a sample of triples
        for (int i = 0; i < 3000; i++) {
            Value a = vs.get(r.nextInt(vs.size()));
            Value b = vs.get(r.nextInt(vs.size()));
            Value c = vs.get(r.nextInt(vs.size()));
            if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                assertTrue(a.compareTo(c) <= 0, a + " <= " + b + " <= " + c);
            }
        }
    }

    private static Value random(Random r, int depth) {
        int k = r.nextInt(depth <= 0 ? 4 : 9);
        List<Value> parts = new ArrayList<>();
        int n = r.nextInt(3);
        for (int i = 0; i < n && depth > 0; i++) {
            parts.add(random(r, depth - 1));
        }
        switch (k) {
            case 0: return bool(r.nextBoolean());
            case 1: return integer(r.nextInt(4) - 1);
            case 2: return str(String.valueOf((char) ('a' + r.nextInt(2))));
            case 3: return model(r.nextBoolean() ? "m1" : "m2");
            case 4: return SetValue.copyOf(parts);
            case 5: return new SeqValue(parts);
            case 6: return new TupleValue(parts);
            case 7: {
                java.util.TreeMap<String, Value> f = new java.util.TreeMap<>();
                for (Value p : parts) {
                    f.put(r.nextBoolean() ? "a" : "b", p);
                }
                return new RecordValue(f);
            }
            default: {
                java.util.TreeMap<Value, Value> g = new java.util.TreeMap<>();
                for (Value p : parts) {
                    g.put(r.nextBoolean() ? integer(1 + r.nextInt(2)) : str("a"), p);
                }
                return new FnValue(g);
            }
        }
    }

    @Test
    void integerArithmeticFollowsTla() {
        assertEquals(integer(-4), integer(-7).div(integer(2)));
        assertEquals(integer(1), integer(-7).mod(integer(2)));
        assertEquals(integer(3), integer(7).div(integer(2)));
        assertEquals(integer(1024), integer(2).pow(integer(10)));
        assertThrows(ArithmeticException.class, () -> integer(1).div(integer(0)));
        IntValue big = new IntValue(BigInteger.TWO.pow(100));
        assertEquals("1267650600228229401496703205376", big.plus(integer(0)).toString());
    }

    @Test
    void setOperations() {
        SetValue a = Values.range(1, 4);
        SetValue b = set(integer(3), integer(4), integer(5));
        assertEquals(Values.range(1, 5), a.union(b));
        assertEquals(set(integer(3), integer(4)), a.intersect(b));
        assertEquals(set(integer(1), integer(2)), a.minus(b));
        assertTrue(set(integer(2)).isSubsetOf(a));
        assertFalse(b.isSubsetOf(a));
        assertEquals(16, a.powerset().size());
        assertEquals(set(SetValue.EMPTY, set(integer(1))), set(integer(1)).powerset());
        assertEquals(Values.range(1, 5), set(a, b).bigUnion());
        assertTrue(a.exists(v -> v.equals(integer(4))));
        assertFalse(a.forAll(v -> v.asInt().lessThan(integer(4))));
        assertEquals(set(integer(2), integer(4), integer(6), integer(8)), a.map(v -> v.asInt().times(integer(2))));
        assertEquals(integer(1), a.chooseFirst());
        assertThrows(TlaEvaluationException.class, SetValue.EMPTY::chooseFirst);
    }

    @Test
    void functionsRecordsAndSequences() {
        FnValue f = FnValue.tabulate(Values.range(1, 3), v -> v.asInt().times(v.asInt()));
        assertEquals(integer(9), f.apply(integer(3)));
        assertEquals(Values.range(1, 3), f.domain());
        assertEquals(integer(0), f.except(integer(2), integer(0)).apply(integer(2)));
        assertThrows(TlaEvaluationException.class, () -> f.apply(integer(4)));
        assertThrows(TlaEvaluationException.class, () -> f.except(integer(4), integer(0)));
        assertEquals(seq(integer(1), integer(4), integer(9)), f.asSequence());

        RecordValue r = record("a", integer(1), "b", record("c", integer(2)));
        assertEquals(integer(2), r.apply(str("b"), str("c")));
        RecordValue r2 = (RecordValue) r.exceptPath(List.of(str("b"), str("c")), integer(5));
        assertEquals("[a |-> 1, b |-> [c |-> 5]]", r2.toTla());
        assertThrows(TlaEvaluationException.class, () -> r.get("z"));
        assertThrows(TlaEvaluationException.class, () -> r.with("z", integer(1)));

        SeqValue s = seq(integer(1), integer(2), integer(3));
        assertEquals(integer(1), s.head());
        assertEquals(seq(integer(2), integer(3)), s.tail());
        assertEquals(4, s.append(integer(4)).len());
        assertEquals(seq(integer(2), integer(3)), s.subSeq(2, 3));
        assertEquals(SeqValue.EMPTY, s.subSeq(3, 2));
        assertEquals(seq(integer(1), integer(2), integer(3), integer(1)), s.concat(seq(integer(1))));
        assertEquals(seq(integer(1), integer(7), integer(3)), s.except(integer(2), integer(7)));
        assertThrows(TlaEvaluationException.class, () -> SeqValue.EMPTY.head());
        assertThrows(TlaEvaluationException.class, () -> s.apply(integer(0)));
        assertThrows(TlaEvaluationException.class, () -> record("a", integer(1)).asSequence());
        assertEquals(Values.range(1, 3), s.range());
    }

    @Test
    void printsAsTla() {
        assertEquals("(\"a\" :> 1 @@ \"b\" :> <<TRUE>>)", fn(str("a"), integer(1), str("b"), tuple(bool(true))).toTla());
        assertEquals("\"q\\\"uote\\\\\"", str("q\"uote\\").toTla());
        assertEquals("<<>>", FnValue.EMPTY.toTla());
    }

    @Test
    void castsFailWithClearMessages() {
        TlaEvaluationException e = assertThrows(TlaEvaluationException.class, () -> str("x").asInt());
        assertEquals("\"x\" is not an integer", e.getMessage());
    }
}
