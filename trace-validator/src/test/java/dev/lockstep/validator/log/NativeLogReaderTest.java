package dev.lockstep.validator.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.speclang.diag.DiagnosticCode;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every malformed-input case, each reported with its file, line and code. */
class NativeLogReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD = "{\"action\":\"Init\",\"state\":{\"x\":0}}";

    @TempDir
    Path tmp;

    private record Read(List<LogEvent> events, List<LogProblem> problems) {
    }

    private Read read(Path file, boolean keepGoing, int maxLine) {
        Problems problems = new Problems(keepGoing);
        List<LogEvent> events = new ArrayList<>();
        NativeLogReader r = NativeLogReader.open(file, JSON, problems, maxLine);
        if (r != null) {
            try (r) {
                LogEvent e;
                while ((e = r.next()) != null) {
                    events.add(e);
                }
            }
        }
        return new Read(events, problems.all());
    }

    private Read read(String name, String text, boolean keepGoing) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return read(f, keepGoing, NativeLogReader.DEFAULT_MAX_LINE);
    }

    private static void assertProblem(LogProblem p, DiagnosticCode code, long line) {
        assertEquals(code, p.diagnostic().code(), p.toString());
        assertEquals(line, p.line(), p.toString());
    }

    @Test
    void readsEventsWithParamsNodeAndClock() throws Exception {
        Read r = read("ok.ndjson", GOOD + "\n\n{\"action\":\"Inc\",\"params\":{\"n\":\"a\"},\"state\":{\"x\":1},"
                + "\"node\":\"a\",\"clock\":{\"a\":1,\"b\":0}}\n", false);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertEquals(2, r.events().size());
        LogEvent e = r.events().get(1);
        assertEquals(3, e.line());
        assertEquals("Inc", e.action());
        assertEquals("a", e.node());
        assertEquals(1L, assertInstanceOf(Clock.Vector.class, e.clock()).get("a"));
    }

    @Test
    void badJsonIsReportedWithLineAndColumn() throws Exception {
        Read r = read("bad.ndjson", GOOD + "\n{\"action\":\"Inc\",\"state\":{\"x\":}}\n" + GOOD + "\n", false);
        assertEquals(1, r.problems().size());
        assertProblem(r.problems().get(0), DiagnosticCode.LS801_LOG_BAD_JSON, 2);
        assertTrue(r.problems().get(0).diagnostic().range().start().column() > 0);
        assertEquals(1, r.events().size(), "stops at the first problem");
    }

    @Test
    void aLineThatIsNotAnObject() throws Exception {
        Read r = read("arr.ndjson", "[1,2]\n", false);
        assertProblem(r.problems().get(0), DiagnosticCode.LS801_LOG_BAD_JSON, 1);
    }

    @Test
    void missingAndMistypedFields() throws Exception {
        Read r = read("fields.ndjson", String.join("\n",
                "{\"state\":{\"x\":0}}",
                "{\"action\":3,\"state\":{}}",
                "{\"action\":\"A\"}",
                "{\"action\":\"A\",\"state\":[1]}",
                "{\"action\":\"A\",\"state\":{},\"params\":\"p\"}",
                "{\"action\":\"A\",\"state\":{},\"node\":5}",
                "{\"action\":\"A\",\"state\":{},\"clock\":\"late\"}",
                "{\"action\":\"A\",\"state\":{},\"clock\":{\"a\":-1}}") + "\n", true);
        assertEquals(8, r.problems().size(), r.problems().toString());
        for (int i = 0; i < 8; i++) {
            assertProblem(r.problems().get(i), DiagnosticCode.LS802_LOG_BAD_FIELD, i + 1);
        }
        assertTrue(r.problems().get(0).diagnostic().message().contains("'action'"));
        assertTrue(r.problems().get(2).diagnostic().message().contains("'state'"));
        assertTrue(r.events().isEmpty());
    }

    @Test
    void keepGoingReportsEveryBadLineAndStillReadsTheGoodOnes() throws Exception {
        Read r = read("many.ndjson", GOOD + "\n{oops\n" + GOOD + "\n{\"action\":\"A\"}\n" + GOOD + "\n", true);
        assertEquals(2, r.problems().size());
        assertProblem(r.problems().get(0), DiagnosticCode.LS801_LOG_BAD_JSON, 2);
        assertProblem(r.problems().get(1), DiagnosticCode.LS802_LOG_BAD_FIELD, 4);
        assertEquals(3, r.events().size());
    }

    @Test
    void truncatedLastLine() throws Exception {
        Read r = read("cut.ndjson", GOOD + "\n{\"action\":\"Inc\",\"sta", false);
        assertProblem(r.problems().get(0), DiagnosticCode.LS803_LOG_TRUNCATED, 2);
    }

    @Test
    void aCompleteLastLineWithoutNewlineIsFine() throws Exception {
        Read r = read("nonl.ndjson", GOOD + "\n" + GOOD, false);
        assertTrue(r.problems().isEmpty());
        assertEquals(2, r.events().size());
    }

    @Test
    void crlfLinesAndLinesLongerThanTheReadBufferReadWhole() throws Exception {
        // lines within one buffer are copied at once, longer ones (over 64 Ki chars) built up in parts
        String big = "{\"action\":\"Inc\",\"state\":{\"x\":\"" + "y".repeat(200_000) + "\"}}";
        Read r = read("crlf.ndjson", GOOD + "\r\n" + big + "\r\n" + big + "\n" + GOOD + "\r\n", false);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertEquals(4, r.events().size());
        for (int i = 1; i <= 2; i++) {
            LogEvent e = r.events().get(i);
            assertEquals(i + 1, e.line());
            assertEquals("\"" + "y".repeat(200_000) + "\"", e.state().valueText(0));
            assertTrue(e.state().ascii() != null, "an ASCII line built up across read buffers keeps its bytes");
            assertEquals(big, e.raw(), "without its CR");
        }
        assertEquals("0", r.events().get(3).state().valueText(0));
        assertEquals(4, r.events().get(3).line());
    }

    @Test
    void emptyFileAndBlankFile() throws Exception {
        assertProblem(read("empty.ndjson", "", false).problems().get(0), DiagnosticCode.LS804_LOG_EMPTY, 1);
        assertProblem(read("blank.ndjson", "\n  \n", false).problems().get(0), DiagnosticCode.LS804_LOG_EMPTY, 1);
    }

    @Test
    void absurdlyLongLineIsSkippedWithoutReadingItIntoMemory() throws Exception {
        Path f = tmp.resolve("long.ndjson");
        StringBuilder sb = new StringBuilder(GOOD).append('\n').append("{\"action\":\"A\",\"state\":{\"x\":\"");
        sb.append("y".repeat(5000)).append("\"}}\n").append(GOOD).append('\n');
        Files.writeString(f, sb);
        Read r = read(f, true, 1000);
        assertEquals(1, r.problems().size());
        assertProblem(r.problems().get(0), DiagnosticCode.LS805_LOG_LINE_TOO_LONG, 2);
        assertTrue(r.problems().get(0).excerpt().length() <= LogProblem.EXCERPT + 3);
        assertEquals(2, r.events().size());
        assertEquals(3, r.events().get(1).line());
    }

    @Test
    void nonAsciiLinesKeepTheirCharactersAndValueSpans() throws Exception {
        // ASCII lines are parsed from their bytes, others from their decoded text: both give the
        // same spans; a value spanning the read buffer's end, malformed UTF-8 (U+FFFD) and params too
        String wide = "\u00e9\u6f22\ud83d\ude00";    // two-, three- and four-byte UTF-8
        String across = "{\"action\":\"Inc\",\"params\":{\"n\":\"" + wide + "\"},\"state\":{\"x\":\""
                + wide.repeat(20_000) + "\",\"y\":[1]}}";
        Path f = tmp.resolve("utf8.ndjson");
        try (OutputStream o = Files.newOutputStream(f)) {
            o.write(("{\"action\":\"Init\",\"state\":{\"x\":\"" + wide + "\",\"y\":[]}}\r\n" + across + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            o.write("{\"action\":\"Inc\",\"state\":{\"x\":\"a".getBytes(StandardCharsets.UTF_8));
            o.write(new byte[] {(byte) 0xff});
            o.write("\",\"y\":[2]}}\n".getBytes(StandardCharsets.UTF_8));
        }
        Read r = read(f, false, NativeLogReader.DEFAULT_MAX_LINE);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertEquals(3, r.events().size());
        assertEquals("\"" + wide + "\"", r.events().get(0).state().valueText(0));
        assertEquals("[]", r.events().get(0).state().valueText(1));
        assertEquals("\"" + wide.repeat(20_000) + "\"", r.events().get(1).state().valueText(0));
        assertEquals("[1]", r.events().get(1).state().valueText(1));
        assertEquals("{\"n\":\"" + wide + "\"}", r.events().get(1).paramsText());
        assertEquals("\"a\ufffd\"", r.events().get(2).state().valueText(0));
        assertEquals("[2]", r.events().get(2).state().valueText(1));

        // the limit counts characters, not bytes: 600 three-byte characters are 1,800 bytes
        Path g = tmp.resolve("limit.ndjson");
        String line = "{\"action\":\"Init\",\"state\":{\"x\":\"" + "\u6f22".repeat(600) + "\"}}";
        Files.writeString(g, line + "\n" + line.replace("\"}}", "\u6f22\"}}") + "\n");
        Read limited = read(g, true, line.length());
        assertEquals(1, limited.events().size());
        assertEquals(1, limited.problems().size());
        assertProblem(limited.problems().get(0), DiagnosticCode.LS805_LOG_LINE_TOO_LONG, 2);
        assertTrue(limited.problems().get(0).diagnostic().message().contains("line is " + (line.length() + 1)
                + " characters long"), limited.problems().get(0).diagnostic().message());
    }

    @Test
    void gzipIsDetectedByContent() throws Exception {
        Path f = tmp.resolve("log.ndjson.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f))) {
            o.write((GOOD + "\n{bad\n").getBytes(StandardCharsets.UTF_8));
        }
        Read r = read(f, false, NativeLogReader.DEFAULT_MAX_LINE);
        assertEquals(1, r.events().size());
        assertProblem(r.problems().get(0), DiagnosticCode.LS801_LOG_BAD_JSON, 2);
    }

    @Test
    void corruptGzipAndMissingFile() throws Exception {
        Path f = tmp.resolve("corrupt.gz");
        Files.write(f, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        Read r = read(f, false, NativeLogReader.DEFAULT_MAX_LINE);
        assertEquals(DiagnosticCode.LS807_LOG_UNREADABLE, r.problems().get(0).diagnostic().code());
        Read m = read(tmp.resolve("nope.ndjson"), false, 100);
        assertEquals(DiagnosticCode.LS807_LOG_UNREADABLE, m.problems().get(0).diagnostic().code());
        assertNull(m.problems().get(0).excerpt());
    }

    @Test
    void aRepeatedLineIsTheEarlierEventAtItsOwnLineAndABadRepeatIsStillReported() throws Exception {
        String inc = "{\"action\":\"Inc\",\"params\":{\"n\":\"a\"},\"state\":{\"x\":1,\"y\":[1,2]},\"node\":\"a\"}";
        String other = "{\"action\":\"Inc\",\"params\":{\"n\":\"a\"},\"state\":{\"x\":1,\"y\":[1,3]},\"node\":\"a\"}";
        Read r = read("repeat.ndjson", GOOD + "\n" + inc + "\n" + other + "\n" + inc + "\n" + inc + "\n"
                + inc.replace("Inc", "") + "\n", true);
        assertEquals(5, r.events().size());
        LogEvent first = r.events().get(1);
        LogEvent again = r.events().get(3);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), r.events().stream().map(LogEvent::line).toList());
        assertEquals(first.action(), again.action());
        assertEquals(first.params(), again.params());
        assertEquals(first.paramsText(), again.paramsText());
        assertEquals(first.node(), again.node());
        assertEquals(first.raw(), again.raw());
        assertTrue(first.state() == again.state(), "the same bytes: the same state, not tokenized again");
        assertTrue(first.state() != r.events().get(2).state(), "another value: read on its own");
        assertEquals("[1,3]", r.events().get(2).state().valueText(1));
        assertEquals(1, r.problems().size(), "a line differing from a kept one is read, and reported when bad");
        assertProblem(r.problems().get(0), DiagnosticCode.LS802_LOG_BAD_FIELD, 6);
    }
}
