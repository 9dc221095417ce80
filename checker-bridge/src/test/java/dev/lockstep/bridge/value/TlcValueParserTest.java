package dev.lockstep.bridge.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TlcValueParserTest {
    private static TlcValue i(long v) {
        return TlcValue.Int.of(v);
    }

    @Test
    void scalars() {
        assertEquals(i(-42), TlcValueParser.parse("-42"));
        assertEquals(new TlcValue.Int(new BigInteger("123456789012345678901234567890")),
                TlcValueParser.parse("123456789012345678901234567890"));
        assertEquals(new TlcValue.Bool(true), TlcValueParser.parse("TRUE"));
        assertEquals(new TlcValue.Bool(false), TlcValueParser.parse("FALSE"));
        assertEquals(new TlcValue.ModelValue("n1"), TlcValueParser.parse("n1"));
        assertEquals(new TlcValue.Str("he said \"hi\"\\ and\nleft"), TlcValueParser.parse("\"he said \\\"hi\\\"\\\\ and\\nleft\""));
    }

    @Test
    void collections() {
        assertEquals(new TlcValue.SetOf(List.of()), TlcValueParser.parse("{}"));
        assertEquals(new TlcValue.SetOf(List.of(new TlcValue.ModelValue("a"), new TlcValue.ModelValue("b"))),
                TlcValueParser.parse("{a, b}"));
        assertEquals(new TlcValue.Seq(List.of()), TlcValueParser.parse("<<>>"));
        assertEquals(new TlcValue.Seq(List.of(i(1), new TlcValue.Str("two"))), TlcValueParser.parse("<<1, \"two\">>"));
        assertEquals(new TlcValue.SetOf(List.of(i(2), i(3), i(4))), TlcValueParser.parse("2..4"));
        assertEquals(new TlcValue.SetOf(List.of()), TlcValueParser.parse("5..4"));
    }

    @Test
    void recordsAndFunctionsNested() {
        Map<String, TlcValue> inner = new LinkedHashMap<>();
        inner.put("k", new TlcValue.Bool(true));
        Map<String, TlcValue> fields = new LinkedHashMap<>();
        fields.put("x", new TlcValue.Seq(List.of(i(1), new TlcValue.Str("two"))));
        fields.put("y", new TlcValue.SetOf(List.of()));
        fields.put("z", new TlcValue.Record(inner));
        assertEquals(new TlcValue.Record(fields), TlcValueParser.parse("[x |-> <<1, \"two\">>, y |-> {}, z |-> [k |-> TRUE]]"));
        TlcValue f = TlcValueParser.parse("(a :> 1 @@ b :> {2, 3})");
        assertEquals(new TlcValue.Fun(List.of(
                new TlcValue.Entry(new TlcValue.ModelValue("a"), i(1)),
                new TlcValue.Entry(new TlcValue.ModelValue("b"), new TlcValue.SetOf(List.of(i(2), i(3)))))), f);
    }

    @Test
    void valuesWrappedOverLinesParse() {
        TlcValue v = TlcValueParser.parse("( r1 :> \"working\" @@\n  r2 :> \"prepared\" @@\n  r3 :> \"working\" )");
        TlcValue.Fun f = assertInstanceOf(TlcValue.Fun.class, v);
        assertEquals(3, f.entries().size());
        assertEquals(new TlcValue.Str("prepared"), f.entries().get(1).value());
    }

    @Test
    void unknownFormsStaySymbolic() {
        assertEquals(new TlcValue.Symbolic("[x \\in Nat |-> x]"), TlcValueParser.parse("[x \\in Nat |-> x]"));
        assertEquals(new TlcValue.Symbolic("{1, 2"), TlcValueParser.parse("{1, 2"));
        assertEquals(new TlcValue.Symbolic("1..1000000000"), TlcValueParser.parse("1..1000000000"));
    }

    @Test
    void printerRoundTripsParsedValues() {
        for (String s : List.of("(a :> 1 @@ b :> {2, 3})", "[x |-> <<1, \"two\">>, y |-> {}, z |-> [k |-> TRUE]]",
                "\"he said \\\"hi\\\"\\\\ and\\nleft\"", "<<>>", "{a, b}", "-5")) {
            assertEquals(s, TlaPrinter.print(TlcValueParser.parse(s)));
        }
    }
}
