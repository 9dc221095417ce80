package dev.lockstep.bridge.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tlc2.value.impl.Value;

/**
 * The plain-value reader against Jackson's token reader over the same bytes
 * ({@link ItfValues#tokens}), the oracle: on generated ITF values and on broken copies of them, reading a range of a line's bytes
 * gives the same TLC value (the same text and classes) or the same error, and the plain reader
 * either agrees or declines.
 */
class ItfBytesTest {
    private static final Set<String> MODEL_VALUES = Set.of("s1", "s2", "Nil");
    private static final String[] STRINGS = {"s1", "s2", "Nil", "Leader", "Follower", "", "a b", "x\\\"y", "caf\\u00e9",
        "tab\\there", "#set", "ünï", "{", "]"};
    private static final String[] NUMBERS = {"0", "-0", "7", "-42", "123456789", "-999999999", "1234567890", "2147483647",
        "2147483648", "-2147483648", "01", "1.5", "1e3", "-", "00"};

    private final ItfValues values = new ItfValues(MODEL_VALUES);

    @Test
    void generatedValuesReadAsJacksonReadsThem() {
        Random r = new Random(1);
        int plain = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            String json = value(r, 0);
            if (compare(json)) {
                plain++;
            }
        }
        // most generated values are plain: the fast path is what is being compared
        assertTrue(plain > n / 3, "plain values read: " + plain + " of " + n);
    }

    @Test
    void brokenValuesFailAsJacksonFailsThem() {
        Random r = new Random(2);
        String junk = "{}[],:\"#-0123456789 tfnaelsru\\x.";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder json = new StringBuilder(value(r, 0));
            int edits = 1 + r.nextInt(3);
            for (int e = 0; e < edits && json.length() > 0; e++) {
                int at = r.nextInt(json.length());
                switch (r.nextInt(3)) {
                    case 0 -> json.deleteCharAt(at);
                    case 1 -> json.insert(at, junk.charAt(r.nextInt(junk.length())));
                    default -> json.setCharAt(at, junk.charAt(r.nextInt(junk.length())));
                }
            }
            compare(json.toString());
        }
    }

    @Test
    void declinesWhatOnlyJacksonDecides() {
        ItfBytes bytes = new ItfBytes(MODEL_VALUES, new HashMap<>());
        for (String json : new String[] {"null", "1.5", "1e3", "01", "2147483648", "\"a\\nb\"", "{\"a\": 1, \"a\": 2}",
                "{\"#bigint\": \"12\"}", "{\"#set\": [], \"x\": 1}", "{\"#map\": [[1]]}", "[1,]", "tru", "\"caf\u00e9\"", ""}) {
            byte[] b = json.getBytes(StandardCharsets.UTF_8);
            assertNull(bytes.read(b, 0, b.length), json);
        }
    }

    /** Whether the plain reader took {@code json}; asserts both readers agree on it. */
    private boolean compare(String json) {
        byte[] line = ("{\"v\": " + json + " , \"w\":1}").getBytes(StandardCharsets.UTF_8);
        int from = 6;
        int to = line.length - " , \"w\":1}".length();
        String expected = outcome(() -> values.tokens(line, from, to));
        String actual = outcome(() -> values.parse(line, from, to));
        assertEquals(expected, actual, json);
        Value[] v = new Value[1];
        String plain = outcome(() -> v[0] = new ItfBytes(MODEL_VALUES, new HashMap<>()).read(line, from, to));
        if (v[0] != null) {
            assertEquals(expected, plain, json);
        }
        return v[0] != null;
    }

    private interface Read {
        Value get() throws ItfValues.BadValue;
    }

    private static String outcome(Read read) {
        try {
            Value v = read.get();
            return v == null ? "declined" : describe(v);
        } catch (ItfValues.BadValue e) {
            return "error: " + e.getMessage();
        } catch (RuntimeException e) {
            // TLC's own refusal to normalise a set or a function domain of incomparable values
            return "TLC: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** The value's text and the classes of it and its parts, so that equal-looking kinds differ. */
    private static String describe(Value v) {
        return v + " " + classes(v);
    }

    private static String classes(Value v) {
        StringBuilder out = new StringBuilder(v.getClass().getSimpleName());
        if (v instanceof tlc2.value.impl.FcnRcdValue f) {
            out.append('(');
            for (int i = 0; i < f.domain.length; i++) {
                out.append(classes(f.domain[i])).append("->").append(classes(f.values[i])).append(',');
            }
            out.append(')');
        } else if (v instanceof tlc2.value.impl.TupleValue t) {
            out.append('(');
            for (Value e : t.elems) {
                out.append(classes(e)).append(',');
            }
            out.append(')');
        } else if (v instanceof tlc2.value.impl.RecordValue rec) {
            out.append('(');
            for (int i = 0; i < rec.names.length; i++) {
                out.append(rec.names[i]).append(':').append(classes(rec.values[i])).append(',');
            }
            out.append(')');
        } else if (v instanceof tlc2.value.impl.SetEnumValue s) {
            out.append('(');
            for (Value e : s.elems.toArray()) {
                out.append(classes(e)).append(',');
            }
            out.append(')');
        }
        return out.toString();
    }

    /** A random ITF value's JSON text, with random spacing; mostly plain, sometimes not. */
    private static String value(Random r, int depth) {
        int kind = depth > 3 ? r.nextInt(4) : r.nextInt(10);
        String sp = space(r);
        return switch (kind) {
            case 0 -> "\"" + STRINGS[r.nextInt(STRINGS.length)] + "\"";
            case 1 -> r.nextInt(4) == 0 ? NUMBERS[r.nextInt(NUMBERS.length)] : Integer.toString(r.nextInt(21) - 10);
            case 2 -> r.nextBoolean() ? "true" : "false";
            case 3 -> r.nextInt(30) == 0 ? "null" : "\"" + STRINGS[r.nextInt(3)] + "\"";
            case 4 -> "[" + sp + list(r, depth, false) + sp + "]";
            case 5 -> "{" + sp + "\"#set\"" + sp + ":" + sp + "[" + list(r, depth, false) + "]" + sp + "}";
            case 6 -> "{\"#tup\":[" + list(r, depth, false) + "]}";
            case 7 -> "{" + sp + "\"#map\":" + sp + "[" + list(r, depth, true) + "]" + sp + "}";
            case 8 -> r.nextInt(20) == 0 ? "{\"#bigint\":\"" + (r.nextInt(200) - 100) + "\"}" : record(r, depth);
            default -> record(r, depth);
        };
    }

    private static String list(Random r, int depth, boolean pairs) {
        int n = r.nextInt(4);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(',').append(space(r));
            }
            out.append(pairs ? "[" + value(r, depth + 1) + "," + space(r) + value(r, depth + 1) + "]" : value(r, depth + 1));
        }
        return out.toString();
    }

    private static String record(Random r, int depth) {
        String[] fields = {"mtype", "mterm", "a", "b", "src", "dst"};
        int n = r.nextInt(4);
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(fields[r.nextInt(fields.length)]).append("\":").append(space(r)).append(value(r, depth + 1));
        }
        return out.append('}').toString();
    }

    private static String space(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> " ";
            case 1 -> "\n\t ";
            default -> "";
        };
    }
}
