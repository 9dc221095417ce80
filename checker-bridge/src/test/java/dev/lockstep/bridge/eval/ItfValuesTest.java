package dev.lockstep.bridge.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * ITF values read from text, from a range of a line's bytes (the direct engine's path) and from a JSON
 * tree give the same TLC values and errors.
 */
class ItfValuesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ItfValues values = new ItfValues(Set.of("s1", "s2"));

    private String fromText(String json) throws ItfValues.BadValue {
        return values.parse(json).toString();
    }

    /** {@code json} read from the middle of a longer line's bytes, as the direct engine reads a variable. */
    private String fromBytes(String json) throws ItfValues.BadValue {
        byte[] line = ("{\"v\":" + json + ",\"w\":1}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int from = 5;
        return values.parse(line, from, line.length - ",\"w\":1}".length()).toString();
    }

    private String fromTree(String json) throws Exception {
        return values.toValue(MAPPER.readTree(json)).toString();
    }

    private void same(String json, String tla) throws Exception {
        assertEquals(tla, fromText(json), json);
        assertEquals(tla, fromBytes(json), json);
        assertEquals(tla, fromTree(json), json);
    }

    @Test
    void valuesAsTlcPrintsThem() throws Exception {
        same("-42", "-42");
        same("true", "TRUE");
        same("\"s1\"", "s1");
        same("\"Leader\"", "\"Leader\"");
        same("[1, \"a\"]", "<<1, \"a\">>");
        same("{\"#tup\": []}", "<<>>");
        same("{\"#set\": [3, 1, 3]}", "{1, 3}");
        same("{\"#bigint\": \"12\"}", "12");
        same("{\"b\": 2, \"a\": {\"#set\": []}}", "[a |-> {}, b |-> 2]");
        same("{\"#map\": [[\"s2\", [1]], [\"s1\", []]]}", "(s1 :> <<>> @@ s2 :> <<1>>)");
        same("{\"a\": 1, \"a\": 2}", "[a |-> 2]");
    }

    @Test
    void badValuesSayWhy() throws Exception {
        for (String[] c : new String[][] {
                {"2147483648", "integer 2147483648 is outside TLC's 32-bit integer range"},
                {"1.5", "TLA+ has no fractional numbers: 1.5"},
                {"null", "not an ITF value: null"},
                {"{\"#set\": 1}", "#set must hold a JSON array"},
                {"{\"#map\": [[1]]}", "#map entries must be [key, value] pairs"},
                {"{\"#map\": [[1, 2, 3]]}", "#map entries must be [key, value] pairs"},
                {"{\"#set\": [], \"x\": 1}", "unsupported ITF value #set"},
                {"{\"x\": 1, \"#set\": []}", "unsupported ITF value #set"},
                {"{\"#unserializable\": \"x\"}", "unsupported ITF value #unserializable"},
                {"{\"#bigint\": \"99999999999\"}", "integer 99999999999 is outside TLC's 32-bit integer range"},
                {"{\"#bigint\": \"x1\"}", "#bigint must hold a decimal integer, not \"x1\""}}) {
            assertEquals(c[1], assertThrows(ItfValues.BadValue.class, () -> fromText(c[0]), c[0]).getMessage(), c[0]);
            assertEquals(c[1], assertThrows(ItfValues.BadValue.class, () -> fromBytes(c[0]), c[0]).getMessage(), c[0]);
            assertEquals(c[1], assertThrows(ItfValues.BadValue.class, () -> fromTree(c[0]), c[0]).getMessage(), c[0]);
        }
    }
}
