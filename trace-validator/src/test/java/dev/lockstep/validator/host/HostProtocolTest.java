package dev.lockstep.validator.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.bridge.eval.TlcValues;
import dev.lockstep.bridge.value.Itf;
import dev.lockstep.bridge.value.TlaPrinter;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.validator.Verdict;
import dev.lockstep.validator.log.LogProblem;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.FcnRcdValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.IntervalValue;
import tlc2.value.impl.ModelValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.SetEnumValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.TupleValue;
import tlc2.value.impl.Value;
import util.UniqueString;

/** The host protocol's records survive Jackson, and states sent as ITF read back as TLC prints them. */
class HostProtocolTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void stateValuesSentAsItfPrintAsTlcPrintsThem() {
        ModelValue n1 = (ModelValue) ModelValue.make("n1");
        ModelValue n2 = (ModelValue) ModelValue.make("n2");
        Value[] ints = {IntValue.gen(1), IntValue.gen(2)};
        Value[] mixed = {new StringValue("x \"q\"\n"), IntValue.gen(-3)};
        List<Value> values = List.of(
                IntValue.gen(-7), BoolValue.ValTrue, new StringValue("a\\b"), n1,
                new TupleValue(new Value[0]),
                new TupleValue(new Value[] {n1, IntValue.gen(3)}),
                new SetEnumValue(new Value[0], true),
                new SetEnumValue(new Value[] {n2, n1}, false).normalize(),
                new FcnRcdValue(ints, mixed, true),
                new FcnRcdValue(new Value[] {IntValue.gen(2), IntValue.gen(3)}, mixed, true),
                new FcnRcdValue(new Value[] {new StringValue("a"), new StringValue("b")}, mixed, true),
                new FcnRcdValue(new Value[] {n1, n2}, new Value[] {new SetEnumValue(ints, true), IntValue.gen(0)}, true),
                new RecordValue(new UniqueString[] {UniqueString.uniqueStringOf("f"), UniqueString.uniqueStringOf("g")},
                        new Value[] {new TupleValue(ints), BoolValue.ValFalse}, true));
        for (Value v : values) {
            JsonNode itf = TlcValues.itfOrText(v);
            assertEquals(v.toString(), TlaPrinter.print(Itf.decode(itf, Set.of("n1", "n2"))), itf::toString);
        }
        // ITF has no intervals: TLC's 1..3 travels, and shows, as the set of its elements
        assertEquals("{1, 2, 3}", TlaPrinter.print(Itf.decode(TlcValues.itf(new IntervalValue(1, 3)), Set.of())));
    }

    @Test
    void answersRoundTripWithTheirKinds() throws Exception {
        Map<String, JsonNode> before = new LinkedHashMap<>();
        before.put("x", TlcValues.itf(IntValue.gen(1)));
        HostProtocol.Failure f = HostProtocol.Failure.of(Verdict.Divergence.ACTION_FALSE, "no")
                .blaming("Inc(n = n1)", new Verdict.SpecLocation(Path.of("/s/Spec.tla").toAbsolutePath(), "Spec", 3, 1, 4, 9),
                        new Verdict.Conjunct("x' = x + 1", null, "false", List.of(new Verdict.Operand("x", "1")), null))
                .inContext(before, before, List.of("Inc(n = n1)"), List.of(), List.of(new HostProtocol.ValueDiff("x",
                        TlcValues.itf(IntValue.gen(2)), TlcValues.itf(IntValue.gen(1)))))
                .at("/logs/a.ndjson", 7, "Inc");
        HostProtocol.Done done = new HostProtocol.Done(6, f, Map.of("stepCacheHits", 5L),
                List.of(new HostProtocol.Trace(0, "/logs/a.ndjson", 1, 6, f, true)));
        String line = mapper.writeValueAsString(done);
        assertEquals("verdict", mapper.readTree(line).get("type").asText());
        assertEquals("actionFalse", mapper.readTree(line).get("fail").get("kind").asText());
        assertEquals(done, HostProtocol.answer(mapper, line));
        HostProtocol.Memory memory = new HostProtocol.Memory(Map.of("hostHeapAfterGcBytes", 5L));
        String after = mapper.writeValueAsString(memory);
        assertEquals("memory", mapper.readTree(after).get("type").asText());
        assertEquals(memory, HostProtocol.answer(mapper, after));

        LogProblem p = LogProblem.at(DiagnosticCode.values()[0], Path.of("/logs/a.ndjson"), 4, 2, "bad", "{");
        HostProtocol.Answer back = HostProtocol.answer(mapper, mapper.writeValueAsString(HostProtocol.Problem.of(p)));
        assertEquals(p, assertInstanceOf(HostProtocol.Problem.class, back).toLogProblem());

        String req = mapper.writeValueAsString(new HostProtocol.Validate(List.of("/a"), true, 10, null, 2, true));
        assertEquals("validate", mapper.readTree(req).get("op").asText());
        assertInstanceOf(HostProtocol.Validate.class, mapper.readValue(req, HostProtocol.Request.class));
        HostProtocol.Load load = new HostProtocol.Load("/work/spec/A.tla", "/work/spec/A.cfg");
        String first = mapper.writeValueAsString(load);
        assertEquals("load", mapper.readTree(first).get("op").asText());
        assertEquals(load, mapper.readValue(first, HostProtocol.Request.class));
        // the host reads the first request with the streaming parser: what the data binding wrote
        HostProtocol.Load odd = new HostProtocol.Load("/work/a \"b\"\\c/Spéc\u00e9 \u2200.tla", "C:\\x\ty.cfg");
        assertEquals(odd, HostProtocol.Load.read(mapper.writeValueAsString(odd)));
        assertEquals(load, HostProtocol.Load.read("{\"config\":\"/work/spec/A.cfg\",\"extra\":{\"a\":[1]},"
                + "\"spec\":\"/work/spec/A.tla\",\"op\":\"load\"}"));
        assertThrows(java.io.IOException.class, () -> HostProtocol.Load.read(req));
        assertThrows(java.io.IOException.class, () -> HostProtocol.Load.read("{\"op\":\"load\",\"spec\":\"/a.tla\"}"));
        assertThrows(java.io.IOException.class, () -> HostProtocol.Load.read("[1]"));
    }
}
