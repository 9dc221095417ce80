package dev.lockstep.validator.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scanner (the reader's fast path) against Jackson's path: generated lines and their mutations
 * read both ways give the same events and the same problems, in the same order.
 */
class NativeLineScannerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A RaftLog line as the bench's sampler writes it. */
    private static final String RAFT = "{\"action\":\"Timeout\",\"params\":{\"s\":\"s1\"},\"state\":{\"messages\":{\"#map\":[]},"
            + "\"matchIndex\":{\"#map\":[[\"s1\",{\"#map\":[[\"s1\",0],[\"s2\",0]]}],[\"s2\",{\"#map\":[[\"s1\",0],[\"s2\",0]]}]]},"
            + "\"log\":{\"#map\":[[\"s1\",[]],[\"s2\",[]]]},\"state\":{\"#map\":[[\"s1\",\"Candidate\"],[\"s2\",\"Follower\"]]},"
            + "\"currentTerm\":{\"#map\":[[\"s1\",1],[\"s2\",0]]},\"votesGranted\":{\"#map\":[[\"s1\",{\"#set\":[\"s1\"]}],"
            + "[\"s2\",{\"#set\":[]}]]},\"votedFor\":{\"#map\":[[\"s1\",\"s1\"],[\"s2\",\"Nil\"]]}}}";

    @TempDir
    Path tmp;

    @Test
    void takesTheUsualLineWhole() {
        NativeLineScanner s = new NativeLineScanner();
        byte[] line = RAFT.getBytes(StandardCharsets.US_ASCII);
        assertTrue(s.scan(line));
        assertEquals("Timeout", s.action);
        assertEquals("{\"s\":\"s1\"}", RAFT.substring(s.paramsStart, s.paramsEnd));
        RawState st = s.state(RAFT, line);
        assertEquals(List.of("messages", "matchIndex", "log", "state", "currentTerm", "votesGranted", "votedFor"),
                st.names());
        assertEquals("{\"#map\":[]}", st.valueText(0));
        assertEquals("{\"#map\":[[\"s1\",\"s1\"],[\"s2\",\"Nil\"]]}", st.valueText(6));
        assertTrue(s.scan(line));
        assertSame(st.names(), s.state(RAFT, line).names(), "the same names: the same list");
    }

    @Test
    void leavesToJacksonWhatItDoesNotTakeWhole() {
        NativeLineScanner s = new NativeLineScanner();
        for (String line : List.of(
                "{\"action\":\"A\",\"state\":{\"x\":01}}",                  // leading zero
                "{\"action\":\"A\",\"state\":{\"x\":1,}}",                  // trailing comma
                "{\"action\":\"A\",\"state\":{\"x\":\"a\\qb\"}}",           // bad escape
                "{\"action\":\"A\",\"state\":{\"x\":\"a\u0001b\"}}",        // control character
                "{\"action\":\"A\",\"state\":{\"x\":tru}}",
                "{\"action\":\"A\",\"state\":{\"x\":1}} x",                 // text after the object
                "{\"action\":\"A\",\"state\":{\"x\":1}}{}",
                "{\"action\":\"\",\"state\":{}}",                          // empty action
                "{\"act\\u0069on\":\"A\",\"state\":{}}",                    // escaped member name
                "{\"action\":\"A\",\"state\":{\"\\u0078\":1}}",
                "{\"action\":\"A\",\"state\":{},\"clock\":-1}",
                "{\"action\":\"A\",\"state\":{},\"clock\":1234567890123456789}",
                "{\"action\":\"A\",\"state\":{},\"node\":xull}",       // not a literal
                "{\"action\":\"A\",\"state\":{},\"params\":nul}",
                "{\"action\":\"A\",\"state\":{\"x\":[tru]}}",
                "{\"action\":\"A\"}",
                "{\"state\":{}}",
                "{\"action\":\"A\",\"state\":{\"x\":" + "[".repeat(300) + "]".repeat(300) + "}}")) {
            assertFalse(s.scan(line.getBytes(StandardCharsets.US_ASCII)), line);
        }
        assertTrue(s.scan("{\"action\":\"A\",\"state\":{},\"clock\":123456789012345678}".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(123456789012345678L, s.clock);
        // vector and timestamp clocks: their spans, for the reader to read (or to leave to Jackson)
        String vector = "{\"action\":\"A\",\"state\":{},\"clock\":{\"a\":-1,\"a\":1}}";
        assertTrue(s.scan(vector.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(NativeLineScanner.VECTOR, s.clockKind);
        assertEquals("{\"a\":-1,\"a\":1}", vector.substring(s.clockStart, s.clockEnd));
        String at = "{\"action\":\"A\",\"clock\":\"2026-11-21T23:40:00Z\",\"state\":{}}";
        assertTrue(s.scan(at.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(NativeLineScanner.TIMESTAMP, s.clockKind);
        assertEquals("2026-11-21T23:40:00Z", at.substring(s.clockStart, s.clockEnd));
    }

    @Test
    void generatedAndMutatedLinesReadTheSameBothWays() throws Exception {
        Random r = new Random(15);
        List<String> lines = new ArrayList<>();
        int taken = 0;
        NativeLineScanner s = new NativeLineScanner();
        for (int i = 0; i < 2000; i++) {
            String line = i % 10 == 0 ? RAFT : line(r);
            lines.add(line);
            if (s.scan(line.getBytes(StandardCharsets.ISO_8859_1))) {
                taken++;
            }
            for (int m = 0; m < 4; m++) {
                lines.add(mutated(line, r));
            }
            if (i % 50 == 0) {
                lines.add(line);   // a repeat: the line table's event
            }
        }
        assertTrue(taken > 700, "the scanner takes most generated lines whole: " + taken);
        Path f = tmp.resolve("mixed.ndjson");
        Files.write(f, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        assertSameReading(f);
        assertHashesOfTheirBytes(f);
        // a cut-off last line
        Path cut = tmp.resolve("cut.ndjson");
        Files.write(cut, (RAFT + "\n" + RAFT.substring(0, 100)).getBytes(StandardCharsets.UTF_8));
        assertSameReading(cut);
    }

    /**
     * A value with the very bytes of the last line's at its position is not scanned again; one that
     * merely starts with them (a longer number, a literal run on, a value before a bad delimiter) is,
     * and reads as Jackson reads it.
     */
    @Test
    void aValueOfTheLastLineIsTakenOnlyWhole() throws Exception {
        String first = "{\"action\":\"A\",\"state\":{\"x\":12,\"y\":true,\"z\":{\"#set\":[\"s\"]}}}";
        List<String> lines = List.of(first,
                "{\"action\":\"A\",\"state\":{\"x\":123,\"y\":true,\"z\":{\"#set\":[\"s\"]}}}",
                first,
                "{\"action\":\"A\",\"state\":{\"x\":12,\"y\":truex,\"z\":{\"#set\":[\"s\"]}}}",
                first,
                "{\"action\":\"A\",\"state\":{\"x\":12 ,\"y\":true\t,\"z\":{\"#set\":[\"s\"]} }}",
                "{\"action\":\"A\",\"state\":{\"x\":12 ,\"y\":true\t,\"z\":{\"#set\":[\"s\"]}]}}",
                first,
                "{\"action\":\"A\",\"state\":{\"x\":12,\"y\":true,\"z\":{\"#set\":[\"s\"]}x}}",
                first,
                "{\"action\":\"A\",\"state\":{\"x\":12,\"y\":true,\"z\":{\"#set\":[\"s\"]}",
                "{\"action\":\"A\",\"state\":{\"y\":12,\"x\":true,\"z\":{\"#set\":[\"s\"]}}}");
        Path f = tmp.resolve("repeats.ndjson");
        Files.write(f, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        assertSameReading(f);
        assertHashesOfTheirBytes(f);
    }

    /** Every value hash the scanner gives, reused from the last line or not, is its bytes' own. */
    private void assertHashesOfTheirBytes(Path f) {
        Murmur128 fresh = new Murmur128();
        long[] h = new long[2];
        int hashed = 0;
        try (NativeLogReader reader = NativeLogReader.open(f, JSON, new Problems(true), NativeLogReader.DEFAULT_MAX_LINE,
                null, new NativeLineScanner())) {
            LogEvent e;
            while ((e = reader.next()) != null) {
                RawState s = e.state();
                if (s.hashes() == null) {
                    continue;
                }
                for (int v = 0; v < s.size(); v++) {
                    fresh.value(s.ascii(), s.starts()[v], s.ends()[v], h, 0);
                    assertEquals(h[0], s.hashes()[2 * v], e.line() + " " + s.names().get(v));
                    assertEquals(h[1], s.hashes()[2 * v + 1], e.line() + " " + s.names().get(v));
                    hashed++;
                }
            }
        }
        assertTrue(hashed > 0, "the scanner hashed values");
    }

    private void assertSameReading(Path f) {
        Problems fast = new Problems(true);
        Problems slow = new Problems(true);
        List<String> a = events(NativeLogReader.open(f, JSON, fast, NativeLogReader.DEFAULT_MAX_LINE, null,
                new NativeLineScanner()));
        List<String> b = events(NativeLogReader.open(f, JSON, slow, NativeLogReader.DEFAULT_MAX_LINE, null, null));
        assertEquals(b.size(), a.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(b.get(i), a.get(i));
        }
        List<LogProblem> p = fast.all();
        List<LogProblem> q = slow.all();
        assertEquals(q.size(), p.size());
        for (int i = 0; i < q.size(); i++) {
            assertEquals(q.get(i), p.get(i));
        }
    }

    private static List<String> events(NativeLogReader reader) {
        List<String> out = new ArrayList<>();
        try (reader) {
            LogEvent e;
            while ((e = reader.next()) != null) {
                out.add(describe(e));
            }
        }
        return out;
    }

    /** Everything an event holds, spans included. */
    private static String describe(LogEvent e) {
        RawState s = e.state();
        return e.file() + ":" + e.line() + " " + e.action() + " params=" + e.params() + " paramsText=" + e.paramsText()
                + " node=" + e.node() + " clock=" + e.clock() + " lists=" + e.instanceLists() + " mapped=" + e.mapped()
                + "\nraw=" + e.raw() + "\nstate=" + s.text() + " names=" + s.names() + " starts="
                + Arrays.toString(s.starts()) + " ends=" + Arrays.toString(s.ends()) + " bytes=" + (s.ascii() != null);
    }

    // ---- generated lines

    private static String line(Random r) {
        List<String> members = new ArrayList<>();
        if (r.nextInt(30) != 0) {
            members.add(member("action", r.nextInt(15) == 0 ? value(r, 0) : string(r, r.nextInt(20) == 0)));
        }
        if (r.nextInt(30) != 0) {
            members.add(member("state", r.nextInt(20) == 0 ? value(r, 0) : state(r)));
        }
        if (r.nextBoolean()) {
            members.add(member("params", switch (r.nextInt(8)) {
                case 0 -> "null";
                case 1 -> value(r, 1);
                default -> object(r, 1);
            }));
        }
        if (r.nextInt(3) == 0) {
            members.add(member("node", r.nextInt(6) == 0 ? value(r, 1) : r.nextInt(5) == 0 ? "null" : string(r, r.nextInt(8) == 0)));
        }
        if (r.nextInt(3) == 0) {
            members.add(member("clock", switch (r.nextInt(10)) {
                case 0 -> "null";
                case 1 -> "-" + r.nextInt(5);
                case 2 -> "\"2026-11-21T23:40:00.123Z\"";
                case 3 -> "{\"a\":" + (r.nextInt(7) - 1) + ",\"" + (r.nextBoolean() ? "a" : "b") + "\":"
                        + (r.nextInt(9) == 0 ? "99999999999999999999" : r.nextInt(7) == 0 ? "1.5" : Integer.toString(r.nextInt(7) - 1)) + "}";
                case 7 -> r.nextBoolean() ? "\"2026-11-21T23:40:00.123Z\"" : "\"2026-13-21T23:40:00Z\"";
                case 4 -> "99999999999999999999";
                case 5 -> value(r, 2);
                default -> Long.toString(r.nextLong() & Long.MAX_VALUE >>> r.nextInt(60));
            }));
        }
        if (r.nextInt(6) == 0) {
            members.add(member(r.nextBoolean() ? "refused" : "allowed", value(r, 1)));
        }
        if (r.nextInt(5) == 0) {
            members.add(member(name(r), value(r, 1)));
        }
        if (r.nextInt(8) == 0 && !members.isEmpty()) {
            members.add(members.get(r.nextInt(members.size())));   // a duplicate field
        }
        if (r.nextInt(10) == 0) {
            members.add(member(r.nextBoolean() ? "params" : "node", "null"));
        }
        java.util.Collections.shuffle(members, r);
        return ws(r) + "{" + ws(r) + String.join(ws(r) + "," + ws(r), members) + ws(r) + "}" + ws(r);
    }

    private static String member(String name, String value) {
        return "\"" + name + "\":" + value;
    }

    private static String state(Random r) {
        List<String> vars = new ArrayList<>();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            vars.add("\"" + (r.nextInt(25) == 0 ? "v\\u0061r" : name(r)) + "\"" + ws(r) + ":" + ws(r) + value(r, 1));
        }
        return "{" + ws(r) + String.join("," + ws(r), vars) + "}";
    }

    static String object(Random r, int depth) {
        List<String> m = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            m.add(string(r, r.nextInt(6) == 0) + ws(r) + ":" + ws(r) + value(r, depth + 1));
        }
        return "{" + ws(r) + String.join("," + ws(r), m) + ws(r) + "}";
    }

    private static String value(Random r, int depth) {
        int k = r.nextInt(depth > 4 ? 6 : 9);
        return switch (k) {
            case 0 -> string(r, r.nextInt(4) == 0);
            case 1 -> number(r);
            case 2 -> r.nextBoolean() ? "true" : "false";
            case 3 -> "null";
            case 4 -> Integer.toString(r.nextInt(100));
            case 5 -> "\"" + name(r) + "\"";
            case 6 -> object(r, depth);
            default -> {
                List<String> items = new ArrayList<>();
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    items.add(value(r, depth + 1));
                }
                yield "[" + ws(r) + String.join(ws(r) + "," + ws(r), items) + ws(r) + "]";
            }
        };
    }

    private static String number(Random r) {
        return switch (r.nextInt(9)) {
            case 0 -> "-" + r.nextInt(1000);
            case 7 -> Long.toString(Integer.MAX_VALUE + (long) r.nextInt(3) - (r.nextBoolean() ? 0 : 1L << 32));
            case 8 -> r.nextBoolean() ? "-0" : "12345678901234567" + r.nextInt(1000);
            case 1 -> r.nextInt(100) + "." + r.nextInt(1000);
            case 2 -> r.nextInt(10) + (r.nextBoolean() ? "e" : "E") + (r.nextBoolean() ? "-" : "+") + r.nextInt(30);
            case 3 -> "123456789012345678901234567890";
            case 4 -> "-0.0e0";
            case 5 -> Long.toString(r.nextLong());
            default -> "0";
        };
    }

    private static String name(Random r) {
        String[] names = {"x", "y", "messages", "log", "state", "votedFor", "#map", "#set", "a b", "s1"};
        return names[r.nextInt(names.length)];
    }

    private static String string(Random r, boolean escapes) {
        StringBuilder sb = new StringBuilder("\"");
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            if (escapes && r.nextInt(3) == 0) {
                String[] esc = {"\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\u00e9", "\\uD83D", "\\u0041"};
                sb.append(esc[r.nextInt(esc.length)]);
            } else if (r.nextInt(40) == 0) {
                sb.append('\u00e9');   // a line that is not ASCII: Jackson's path either way
            } else {
                sb.append((char) ('a' + r.nextInt(26)));
            }
        }
        return sb.append('"').toString();
    }

    private static String ws(Random r) {
        return switch (r.nextInt(12)) {
            case 0 -> " ";
            case 1 -> "\t";
            case 2 -> "  ";
            case 3 -> "\r";
            default -> "";
        };
    }

    // ---- mutations

    private static final String ALPHABET = "{}[]\":,\\ -+.eE0123456789tfnulrsa\t\u0001\u007f/#u";

    private static String mutated(String line, Random r) {
        int at = r.nextInt(line.length() + 1);
        char c = ALPHABET.charAt(r.nextInt(ALPHABET.length()));
        return switch (r.nextInt(6)) {
            case 0 -> at < line.length() ? line.substring(0, at) + line.substring(at + 1) : line + c;
            case 1 -> line.substring(0, at) + c + line.substring(at);
            case 2 -> at < line.length() ? line.substring(0, at) + c + line.substring(at + 1) : line;
            case 3 -> line.substring(0, at);
            case 4 -> {
                int to = at + r.nextInt(Math.max(1, line.length() - at));
                yield line.substring(0, at) + line.substring(at, Math.min(to, line.length())) + line.substring(at);
            }
            default -> {
                int len = r.nextInt(6);
                int to = Math.min(line.length(), at + len);
                yield line.substring(0, at) + line.substring(to);
            }
        };
    }
}
