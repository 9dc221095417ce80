package dev.lockstep.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.bridge.library.tlc.JsonOverrides;
import dev.lockstep.runtime.value.BoolValue;
import dev.lockstep.runtime.value.FnValue;
import dev.lockstep.runtime.value.IntValue;
import dev.lockstep.runtime.value.ModelValue;
import dev.lockstep.runtime.value.RecordValue;
import dev.lockstep.runtime.value.SeqValue;
import dev.lockstep.runtime.value.SetValue;
import dev.lockstep.runtime.value.StrValue;
import dev.lockstep.runtime.value.Tla;
import dev.lockstep.runtime.value.Value;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tlc2.value.impl.FcnRcdValue;
import tlc2.value.impl.SetEnumValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.TupleValue;
import util.UniqueString;

/**
 * The Json module has two writers, one per evaluator (docs/architecture.md says why): the checker
 * bridge's override that TLC calls on its own values, and runtime's {@code Tla.toJson} in generated
 * code. Generated code must write what TLC writes, so each case here builds one TLA+ value in both
 * trees and asserts the same text from both writers.
 */
class LibraryJsonTest {

    private static String tlc(tlc2.value.impl.Value v) {
        return ((StringValue) JsonOverrides.toJson(v)).getVal().toString();
    }

    private static String runtime(Value v) {
        return Tla.toJson(v).value();
    }

    private static void same(tlc2.value.impl.Value inTlc, Value inRuntime) {
        String expected = tlc(inTlc);
        assertEquals(expected, runtime(inRuntime), "TLC's ToJson wrote " + expected);
    }

    private static tlc2.value.impl.Value[] tlcInts(int... ns) {
        tlc2.value.impl.Value[] out = new tlc2.value.impl.Value[ns.length];
        for (int i = 0; i < ns.length; i++) {
            out[i] = tlc2.value.impl.IntValue.gen(ns[i]);
        }
        return out;
    }

    @Test
    void scalarsAndStringEscapes() {
        same(tlc2.value.impl.IntValue.gen(-42), IntValue.of(-42));
        same(new tlc2.value.impl.BoolValue(true), BoolValue.TRUE);
        String odd = "say \"hi\"\\\n\tthere\u0001";
        same(new StringValue(odd), StrValue.of(odd));
        same(tlc2.value.impl.ModelValue.make("libraryJsonM1"), ModelValue.of("libraryJsonM1"));
    }

    @Test
    void setsInCanonicalOrder() {
        same(new SetEnumValue(tlcInts(3, 1, 2), false), SetValue.of(IntValue.of(3), IntValue.of(1), IntValue.of(2)));
        same(new SetEnumValue(new tlc2.value.impl.Value[0], false), SetValue.EMPTY);
    }

    /**
     * TLC orders strings by when it first met them (its interned-string order), which generated code
     * cannot know; runtime writes them in lexicographic order. The two arrays hold the same strings.
     */
    @Test
    void setsOfStringsHoldTheSameStringsInTheirOwnOrder() throws Exception {
        String[] strings = {"libraryJsonB", "LibraryJsonB", "libraryJsonA"};
        tlc2.value.impl.Value[] inTlc = new tlc2.value.impl.Value[strings.length];
        Value[] inRuntime = new Value[strings.length];
        for (int i = 0; i < strings.length; i++) {
            inTlc[i] = new StringValue(strings[i]);
            inRuntime[i] = StrValue.of(strings[i]);
        }
        ObjectMapper json = new ObjectMapper();
        List<String> fromTlc = json.readValue(tlc(new SetEnumValue(inTlc, false)), new TypeReference<List<String>>() { });
        List<String> fromRuntime = json.readValue(runtime(SetValue.of(inRuntime)), new TypeReference<List<String>>() { });
        assertEquals(List.copyOf(new TreeSet<>(List.of(strings))), fromRuntime, "lexicographic");
        assertEquals(new TreeSet<>(fromRuntime), new TreeSet<>(fromTlc));
        assertEquals(fromRuntime.size(), fromTlc.size());
    }

    @Test
    void sequencesAndOneToNFunctionsAreArrays() {
        same(new TupleValue(new tlc2.value.impl.Value[] {tlc2.value.impl.IntValue.gen(1), new StringValue("x")}),
                SeqValue.of(IntValue.of(1), StrValue.of("x")));
        same(new TupleValue(new tlc2.value.impl.Value[0]), SeqValue.EMPTY);
        same(new FcnRcdValue(tlcInts(1, 2), new tlc2.value.impl.Value[] {new StringValue("a"), new StringValue("b")}, true),
                FnValue.copyOf(Map.of(IntValue.of(1), StrValue.of("a"), IntValue.of(2), StrValue.of("b"))));
    }

    @Test
    void recordsAndFunctionsAreObjectsWithSortedKeys() {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("b", IntValue.of(1));
        fields.put("a", SeqValue.EMPTY);
        same(new tlc2.value.impl.RecordValue(new UniqueString[] {UniqueString.uniqueStringOf("b"), UniqueString.uniqueStringOf("a")},
                        new tlc2.value.impl.Value[] {tlc2.value.impl.IntValue.gen(1), new TupleValue(new tlc2.value.impl.Value[0])}, false),
                RecordValue.copyOf(fields));
        // keys that are not strings are their TLA+ text, sorted as text: "10" before "2"
        same(new FcnRcdValue(tlcInts(2, 10), new tlc2.value.impl.Value[] {new StringValue("x"), new StringValue("y")}, true),
                FnValue.copyOf(Map.of(IntValue.of(2), StrValue.of("x"), IntValue.of(10), StrValue.of("y"))));
    }
}
