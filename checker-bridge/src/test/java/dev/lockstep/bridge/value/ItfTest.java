package dev.lockstep.bridge.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ItfTest {
    private static String itf(String tlc) {
        return Itf.encode(TlcValueParser.parse(tlc)).toString();
    }

    @Test
    void encodesEveryKind() {
        assertEquals("42", itf("42"));
        assertEquals("{\"#bigint\":\"9007199254740992\"}", itf("9007199254740992"));
        assertEquals("9007199254740991", itf("9007199254740991"));
        assertEquals("{\"#bigint\":\"-9007199254740992\"}", itf("-9007199254740992"));
        assertEquals("true", itf("TRUE"));
        assertEquals("\"n1\"", itf("n1"));
        assertEquals("{\"#set\":[1,2]}", itf("{1, 2}"));
        assertEquals("[1,\"a\"]", itf("<<1, \"a\">>"));
        assertEquals("{\"a\":1,\"b\":{\"#set\":[]}}", itf("[a |-> 1, b |-> {}]"));
        assertEquals("{\"#map\":[[\"a\",1],[\"b\",[]]]}", itf("(a :> 1 @@ b :> <<>>)"));
        assertEquals("{\"#unserializable\":\"Nat\"}", Itf.encode(new TlcValue.Symbolic("Nat")).toString());
    }
}
