package dev.lockstep.validator.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A state's values compared across the ways a line is kept: bytes only, text only, with hashes. */
class RawStateTest {
    private static final String ASCII = "{\"x\":12,\"y\":\"ab\"}";
    private static final String UNICODE = "{\"x\":12,\"y\":\"\u00e9b\"}";

    private static RawState bytesOnly(String line, long[] hashes) {
        return new RawState(null, List.of("x", "y"), new int[] {5, 12}, new int[] {7, 16},
                line.getBytes(StandardCharsets.ISO_8859_1), hashes);
    }

    private static RawState textOnly(String line) {
        return new RawState(line, List.of("x", "y"), new int[] {5, 12}, new int[] {7, 16});
    }

    private static long[] hashes(RawState s) {
        long[] h = new long[2 * s.size()];
        Murmur128 m = new Murmur128();
        for (int i = 0; i < s.size(); i++) {
            m.value(s.ascii(), s.starts()[i], s.ends()[i], h, 2 * i);
        }
        return h;
    }

    @Test
    void valuesCompareAcrossBytesTextAndHashes() {
        RawState bytes = bytesOnly(ASCII, null);
        RawState text = textOnly(UNICODE);
        assertTrue(bytes.sameText(0, text, 0));   // 12 and 12: one line as bytes, the other as text
        assertTrue(text.sameText(0, bytes, 0));
        assertFalse(bytes.sameText(1, text, 1));  // "ab" and "éb"
        assertFalse(text.sameText(1, bytes, 1));
        assertTrue(bytes.sameText(1, textOnly(ASCII), 1));
        RawState hashed = bytesOnly(ASCII, hashes(bytes));
        assertTrue(hashed.sameText(1, bytesOnly(ASCII, hashes(bytes)), 1));
        assertFalse(hashed.sameText(0, bytesOnly(ASCII, hashes(bytes)), 1));
        assertEquals(ASCII, bytes.text());         // made from the bytes when asked
        assertEquals("\"ab\"", bytes.valueText(1));
    }
}
