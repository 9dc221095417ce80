package dev.lockstep.validator.host;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.Value;

/** {@link RecentValues}: a value is found by its text's exact bytes, wherever they lie in a line. */
class RecentValuesTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void findsAValueByItsBytesOnly() {
        RecentValues r = new RecentValues();
        byte[] first = bytes("{\"x\":{\"#set\":[1,2,3,4,5,6,7,8,9]},\"y\":1}");
        int from = 5;
        int to = first.length - ",\"y\":1}".length();
        Value v = IntValue.gen(7);
        assertNull(r.find(first, from, to));
        r.keep(first, from, to, v);
        assertSame(v, r.find(first, from, to));

        byte[] other = bytes("{\"w\":0,\"x\":{\"#set\":[1,2,3,4,5,6,7,8,9]}}");
        assertSame(v, r.find(other, 11, other.length - 1), "the same text elsewhere in another line");
        assertNull(r.find(other, 11, other.length - 2), "a shorter text");
        byte[] changed = bytes("{\"x\":{\"#set\":[1,2,3,4,5,6,7,8,0]},\"y\":1}");
        assertNull(r.find(changed, from, to), "one byte differs");
        first[from + 3] = 'X';
        r.keep(changed, from, to, IntValue.gen(8));
        assertSame(IntValue.gen(8), r.find(changed, from, to), "the kept text is a copy: the line may change later");
    }

    @Test
    void longTextsAreNotKept() {
        RecentValues r = new RecentValues();
        byte[] line = new byte[RecentValues.MAX_BYTES + 1];
        java.util.Arrays.fill(line, (byte) '1');
        r.keep(line, 0, line.length, IntValue.gen(1));
        assertNull(r.find(line, 0, line.length));
        r.keep(line, 1, line.length, IntValue.gen(1));
        assertSame(IntValue.gen(1), r.find(line, 1, line.length), "at the limit");
    }
}
