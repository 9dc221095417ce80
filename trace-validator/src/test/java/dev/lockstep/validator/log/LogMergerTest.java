package dev.lockstep.validator.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging per-node logs by logical clock, and every causality contradiction with both lines. */
class LogMergerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static String ev(String action, String node, String clock) {
        return "{\"action\":\"" + action + "\",\"node\":\"" + node + "\",\"clock\":" + clock + ",\"state\":{}}";
    }

    private record Merged(List<String> order, List<LogProblem> problems) {
    }

    private Merged merge(List<List<String>> files) throws Exception {
        Problems problems = new Problems(false);
        List<EventSource> sources = new ArrayList<>();
        int i = 0;
        for (List<String> lines : files) {
            Path f = tmp.resolve("node" + (i++) + ".ndjson");
            Files.write(f, lines);
            sources.add(NativeLogReader.open(f, JSON, problems, 1 << 20));
        }
        List<String> order = new ArrayList<>();
        try (LogMerger m = new LogMerger(sources, problems)) {
            LogEvent e;
            while ((e = m.next()) != null) {
                order.add(e.action());
            }
        }
        return new Merged(order, problems.all());
    }

    @Test
    void lamportClocksMergeInClockOrder() throws Exception {
        Merged m = merge(List.of(
                List.of(ev("a1", "a", "1"), ev("a4", "a", "4"), ev("a5", "a", "5")),
                List.of(ev("b2", "b", "2"), ev("b3", "b", "3"), ev("b6", "b", "6"))));
        assertTrue(m.problems().isEmpty(), m.problems().toString());
        assertEquals(List.of("a1", "b2", "b3", "a4", "a5", "b6"), m.order());
    }

    @Test
    void timestampsMergeInTimeOrderAndMayRepeatWithinAFile() throws Exception {
        Merged m = merge(List.of(
                List.of(ev("a1", "a", "\"2026-11-21T10:00:00Z\""), ev("a2", "a", "\"2026-11-21T10:00:00Z\""),
                        ev("a3", "a", "\"2026-11-21T10:00:02.5Z\"")),
                List.of(ev("b1", "b", "\"2026-11-21T10:00:01Z\""))));
        assertTrue(m.problems().isEmpty(), m.problems().toString());
        assertEquals(List.of("a1", "a2", "b1", "a3"), m.order());
        Merged back = merge(List.of(
                List.of(ev("a1", "a", "\"2026-11-21T10:00:05Z\""), ev("a2", "a", "\"2026-11-21T10:00:04Z\"")),
                List.of(ev("b1", "b", "\"2026-11-21T10:00:01Z\""))));
        assertEquals(DiagnosticCode.LS806_LOG_CAUSALITY, back.problems().get(0).diagnostic().code());
        assertEquals(2, back.problems().get(0).line());
        Merged mixed = merge(List.of(List.of(ev("a1", "a", "1")), List.of(ev("b1", "b", "\"2026-11-21T10:00:01Z\""))));
        assertTrue(mixed.problems().get(0).diagnostic().message().contains("mix"), mixed.problems().toString());
    }

    @Test
    void vectorClocksMergeInACausalOrder() throws Exception {
        // a sends to b (a1 -> b2), b sends back (b2 -> a2); b1 is concurrent with a1
        Merged m = merge(List.of(
                List.of(ev("a1", "a", "{\"a\":1}"), ev("a2", "a", "{\"a\":2,\"b\":2}")),
                List.of(ev("b1", "b", "{\"b\":1}"), ev("b2", "b", "{\"a\":1,\"b\":2}"))));
        assertTrue(m.problems().isEmpty(), m.problems().toString());
        assertTrue(m.order().indexOf("a1") < m.order().indexOf("b2"));
        assertTrue(m.order().indexOf("b2") < m.order().indexOf("a2"));
        assertEquals(4, m.order().size());
    }

    @Test
    void aClockGoingBackwardsNamesBothLines() throws Exception {
        Merged m = merge(List.of(
                List.of(ev("a1", "a", "3"), ev("a2", "a", "2")),
                List.of(ev("b1", "b", "1"))));
        LogProblem p = m.problems().get(0);
        assertEquals(DiagnosticCode.LS806_LOG_CAUSALITY, p.diagnostic().code());
        assertEquals(2, p.line());
        Diagnostic.Related rel = p.diagnostic().related().get(0);
        assertEquals(0, rel.range().start().line(), "the earlier line (1-based 1)");
        assertTrue(p.file().toString().endsWith("node0.ndjson"));
    }

    @Test
    void aReceiveBeforeItsSendIsReported() throws Exception {
        // a2 claims to have seen b's 3rd event, but b's log has only two
        Merged m = merge(List.of(
                List.of(ev("a1", "a", "{\"a\":1}"), ev("a2", "a", "{\"a\":2,\"b\":3}")),
                List.of(ev("b1", "b", "{\"b\":1}"), ev("b2", "b", "{\"b\":2}"))));
        LogProblem p = m.problems().get(0);
        assertEquals(DiagnosticCode.LS806_LOG_CAUSALITY, p.diagnostic().code(), p.toString());
        assertTrue(p.file().toString().endsWith("node0.ndjson"));
        assertEquals(2, p.line());
        Diagnostic.Related rel = p.diagnostic().related().get(0);
        assertTrue(rel.range().file().toString().endsWith("node1.ndjson"));
        assertEquals(1, rel.range().start().line(), "b's last line (1-based 2)");
    }

    @Test
    void twoEventsThatHaveSeenEachOtherFormACycle() throws Exception {
        Merged m = merge(List.of(
                List.of(ev("a1", "a", "{\"a\":1,\"b\":1}")),
                List.of(ev("b1", "b", "{\"a\":1,\"b\":1}"))));
        LogProblem p = m.problems().get(0);
        assertEquals(DiagnosticCode.LS806_LOG_CAUSALITY, p.diagnostic().code());
        assertTrue(p.diagnostic().message().contains("cycle"), p.diagnostic().message());
        assertEquals(1, p.diagnostic().related().size());
    }

    @Test
    void severalLogsNeedClocks() throws Exception {
        Merged m = merge(List.of(
                List.of("{\"action\":\"a1\",\"state\":{}}"),
                List.of(ev("b1", "b", "1"))));
        assertEquals(DiagnosticCode.LS806_LOG_CAUSALITY, m.problems().get(0).diagnostic().code());
        assertEquals(1, m.problems().get(0).line());
    }
}
