package dev.lockstep.runtime.itf;

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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.runtime.value.IntValue;
import dev.lockstep.runtime.value.ModelValue;
import dev.lockstep.runtime.value.SeqValue;
import dev.lockstep.runtime.value.StrValue;
import dev.lockstep.runtime.value.TupleValue;
import dev.lockstep.runtime.value.Value;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItfCodecTest {
    private final ItfCodec codec = new ItfCodec(Set.of("a1", "a2"));

    @Test
    void encodesEveryKindAsDesigned() {
        assertEquals("true", codec.encode(bool(true)));
        assertEquals("-42", codec.encode(integer(-42)));
        assertEquals("\"hi\"", codec.encode(str("hi")));
        assertEquals("\"a1\"", codec.encode(model("a1")));
        assertEquals("{\"#set\":[1,2,3]}", codec.encode(set(integer(3), integer(1), integer(2))));
        assertEquals("[1,\"x\"]", codec.encode(seq(integer(1), str("x"))));
        assertEquals("{\"#tup\":[1,\"x\"]}", codec.encode(tuple(integer(1), str("x"))));
        assertEquals("{\"a\":1,\"b\":{\"#set\":[]}}", codec.encode(record("b", set(), "a", integer(1))));
        assertEquals("{\"#map\":[[\"a1\",95],[\"a2\",105]]}",
                codec.encode(fn(model("a2"), integer(105), model("a1"), integer(95))));
    }

    @Test
    void integersBeyond53BitsUseBigint() {
        BigInteger max = BigInteger.TWO.pow(53).subtract(BigInteger.ONE);
        assertEquals(max.toString(), codec.encode(new IntValue(max)));
        assertEquals("-" + max, codec.encode(new IntValue(max.negate())));
        assertEquals("{\"#bigint\":\"9007199254740992\"}", codec.encode(new IntValue(max.add(BigInteger.ONE))));
        assertEquals("{\"#bigint\":\"-123456789012345678901234567890\"}",
                codec.encode(new IntValue(new BigInteger("-123456789012345678901234567890"))));
        assertEquals(new IntValue(new BigInteger("-123456789012345678901234567890")),
                codec.decode("{\"#bigint\":\"-123456789012345678901234567890\"}"));
        assertEquals(new IntValue(new BigInteger("123456789012345678901234567890")),
                codec.decode("123456789012345678901234567890"));
    }

    @Test
    void stringsAreModelValuesOnlyWhenDeclared() {
        assertInstanceOf(ModelValue.class, codec.decode("\"a1\""));
        assertInstanceOf(StrValue.class, codec.decode("\"a3\""));
        assertInstanceOf(StrValue.class, ItfCodec.plain().decode("\"a1\""));
    }

    @Test
    void arraysAreSequencesAndTupTagsAreTuples() {
        assertInstanceOf(SeqValue.class, codec.decode("[1,2]"));
        assertInstanceOf(TupleValue.class, codec.decode("{\"#tup\":[1,2]}"));
    }

    @Test
    void roundTripsNestedValuesAndKeepsKind() {
        Value v = record("balance", fn(model("a1"), integer(95), model("a2"), integer(105)),
                "log", seq(tuple(str("send"), set(integer(1), integer(2)))),
                "ok", bool(false),
                "big", new IntValue(BigInteger.TEN.pow(30)));
        String json = codec.encode(v);
        Value back = codec.decode(json);
        assertEquals(v, back);
        assertEquals(json, codec.encode(back));
    }

    @Test
    void streamingWriterMatchesTreeEncoding() throws Exception {
        Value v = record("s", set(tuple(integer(1), model("a1")), seq()), "f",
                fn(set(), integer(1), str("k"), new IntValue(BigInteger.TWO.pow(60))));
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(w)) {
            codec.write(g, v);
        }
        assertEquals(codec.encode(v), w.toString());
    }

    @Test
    void malformedInputNamesThePath() {
        assertEquals("/x/#set/1", assertThrows(ItfException.class,
                () -> codec.decode("{\"x\":{\"#set\":[1,null]}}")).path());
        assertEquals("/#map/0", assertThrows(ItfException.class,
                () -> codec.decode("{\"#map\":[[1]]}")).path());
        assertEquals("/#bigint", assertThrows(ItfException.class,
                () -> codec.decode("{\"#bigint\":\"12a\"}")).path());
        assertEquals("/0", assertThrows(ItfException.class, () -> codec.decode("[1.5]")).path());
        assertEquals("", assertThrows(ItfException.class, () -> codec.decode("{nope")).path());
        assertEquals("/#weird", assertThrows(ItfException.class,
                () -> codec.decode("{\"#weird\":1,\"y\":2}")).path());
        assertThrows(ItfException.class, () -> codec.decode("{\"#map\":[[1,2],[1,3]]}"));
    }

    @Test
    void tracesRoundTrip() {
        ItfTraceCodec traces = new ItfTraceCodec(codec);
        ItfTrace t = new ItfTrace(List.of("x", "y"), List.of(
                ItfState.of(0, "Init", Map.of("x", integer(0), "y", set())),
                ItfState.of(1, "Next", Map.of("x", integer(1), "y", set(model("a1"))))), Optional.of(0));
        String json = traces.encode(t);
        ItfTrace back = traces.decode(json);
        assertEquals(t, back);
        ItfTrace noMeta = traces.decode("{\"vars\":[\"x\"],\"states\":[{\"x\":{\"#bigint\":\"5\"}}]}");
        assertEquals(Optional.empty(), noMeta.states().get(0).index());
        assertEquals(integer(5), noMeta.states().get(0).values().get("x"));
        assertEquals("/states/0/x/#tup", assertThrows(ItfException.class,
                () -> traces.decode("{\"vars\":[\"x\"],\"states\":[{\"x\":{\"#tup\":3}}]}")).path());
        assertEquals("/vars", assertThrows(ItfException.class, () -> traces.decode("{\"states\":[]}")).path());
    }
}
