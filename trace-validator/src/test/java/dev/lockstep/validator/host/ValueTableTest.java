package dev.lockstep.validator.host;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.Value;

/** {@link ValueTable} on its own: a value is found by its variable and its exact bytes only. */
class ValueTableTest {

    private static byte[] line(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aValueIsFoundByItsVariableAndItsBytesAnywhereInALine() {
        ValueTable t = new ValueTable();
        Value one = IntValue.gen(1);
        byte[] a = line("{\"x\":{\"#map\":[[\"s1\",1]]},\"y\":2}");
        t.put(0, a, 5, 23, one);
        byte[] b = line("{\"y\":3,\"x\":{\"#map\":[[\"s1\",1]]}}");
        assertSame(one, t.find(0, b, 11, 29), "the same text at another offset of another line");
        assertNull(t.find(1, b, 11, 29), "the same text of another variable");
        byte[] c = line("{\"y\":3,\"x\":{\"#map\":[[\"s1\",2]]}}");
        assertNull(t.find(0, c, 11, 29), "another text of the same length");
        assertNull(t.find(0, b, 11, 28), "a shorter text");
    }

    @Test
    void longTextsAreNotKeptAndTheTableStaysItsSize() {
        ValueTable t = new ValueTable();
        byte[] big = new byte[ValueTable.MAX_TEXT + 1];
        java.util.Arrays.fill(big, (byte) '1');
        t.put(0, big, 0, big.length, IntValue.gen(1));
        assertNull(t.find(0, big, 0, big.length));
        // many more texts than slots: each one just put is found, older ones may be overwritten
        for (int i = 0; i < 4 * ValueTable.CAPACITY; i++) {
            byte[] text = line(Integer.toString(i));
            Value v = IntValue.gen(i);
            t.put(2, text, 0, text.length, v);
            assertSame(v, t.find(2, text, 0, text.length));
        }
    }
}
