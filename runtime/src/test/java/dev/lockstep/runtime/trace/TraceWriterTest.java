package dev.lockstep.runtime.trace;

import static dev.lockstep.runtime.value.Values.fn;
import static dev.lockstep.runtime.value.Values.integer;
import static dev.lockstep.runtime.value.Values.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.itf.ItfCodec;
import dev.lockstep.runtime.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceWriterTest {
    private final NativeLogCodec codec = new NativeLogCodec(new ItfCodec(Set.of("a1", "a2")));

    private static Map<String, Value> ordered(Object... kv) {
        Map<String, Value> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Value) kv[i + 1]);
        }
        return m;
    }

    @Test
    void encodesTheDesignExampleExactly() {
        TraceEvent e = TraceEvent.of("Transfer",
                ordered("from", model("a1"), "to", model("a2"), "amount", integer(5)),
                ordered("balance", fn(model("a1"), integer(95), model("a2"), integer(105)), "txns", integer(1)));
        String line = codec.encode(e);
        assertEquals("{\"action\":\"Transfer\",\"params\":{\"from\":\"a1\",\"to\":\"a2\",\"amount\":5},"
                + "\"state\":{\"balance\":{\"#map\":[[\"a1\",95],[\"a2\",105]]},\"txns\":1}}", line);
        assertEquals(e, codec.decode(line, 1));
    }

    @Test
    void refusedInstancesRoundTripAndAreLeftOutWhenNone() {
        TraceEvent e = new TraceEvent("Deposit", Map.of(), ordered("x", integer(1)), Optional.empty(),
                Optional.empty(), java.util.List.of(dev.lockstep.runtime.machine.ActionCall.of("Withdraw", "amount",
                        integer(5)), dev.lockstep.runtime.machine.ActionCall.of("Close")));
        String line = codec.encode(e);
        assertEquals("{\"action\":\"Deposit\",\"state\":{\"x\":1},\"refused\":[{\"action\":\"Withdraw\","
                + "\"params\":{\"amount\":5}},{\"action\":\"Close\"}]}", line);
        assertEquals(e, codec.decode(line, 1));
        assertTrue(assertThrows(NativeLogException.class,
                () -> codec.decode("{\"action\":\"A\",\"refused\":[\"B\"]}", 4)).problem().contains("refused"));
    }

    @Test
    void nodeAndClocksRoundTrip() {
        TraceEvent lamport = new TraceEvent("Send", Map.of(), ordered("x", integer(1)), Optional.of("n1"),
                Optional.of(new Clock.Lamport(7)));
        assertEquals("{\"action\":\"Send\",\"state\":{\"x\":1},\"node\":\"n1\",\"clock\":7}", codec.encode(lamport));
        assertEquals(lamport, codec.decode(codec.encode(lamport), 1));
        TreeMap<String, Long> vc = new TreeMap<>(Map.of("n2", 1L, "n1", 3L));
        TraceEvent vector = new TraceEvent("Recv", Map.of(), Map.of(), Optional.of("n2"),
                Optional.of(new Clock.Vector(vc)));
        assertEquals("{\"action\":\"Recv\",\"state\":{},\"node\":\"n2\",\"clock\":{\"n1\":3,\"n2\":1}}",
                codec.encode(vector));
        assertEquals(vector, codec.decode(codec.encode(vector), 1));
    }

    @Test
    void malformedLinesGiveTheLineAndTheProblem() {
        assertEquals(3, assertThrows(NativeLogException.class, () -> codec.decode("{oops", 3)).line());
        assertTrue(assertThrows(NativeLogException.class, () -> codec.decode("{\"state\":{}}", 1))
                .problem().contains("action"));
        assertTrue(assertThrows(NativeLogException.class, () -> codec.decode("[1]", 1)).problem()
                .contains("object"));
        assertTrue(assertThrows(NativeLogException.class,
                () -> codec.decode("{\"action\":\"A\",\"state\":{\"x\":{\"#set\":5}}}", 9)).problem()
                .contains("/state/x/#set"));
        assertTrue(assertThrows(NativeLogException.class,
                () -> codec.decode("{\"action\":\"A\",\"clock\":\"soon\"}", 9)).problem().contains("clock"));
        // unknown fields are ignored; missing state means nothing was logged
        TraceEvent e = codec.decode("{\"action\":\"A\",\"thread\":\"main\"}", 1);
        assertEquals(Map.of(), e.state());
    }

    @Test
    void writerStampsNodeAndLamportClockAndReceiveAdvancesIt() {
        MemoryTraceSink sink = new MemoryTraceSink();
        try (TraceWriter w = TraceWriter.to(sink).node("n1").lamportClock().build()) {
            w.init(ordered("x", integer(0)));
            w.step("Incr", Map.of(), ordered("x", integer(1)));
            w.receive(10);
            w.step("Incr", Map.of(), ordered("x", integer(2)));
        }
        List<TraceEvent> es = sink.events();
        assertEquals(List.of("Init", "Incr", "Incr"), es.stream().map(TraceEvent::action).toList());
        assertEquals(List.of(new Clock.Lamport(1), new Clock.Lamport(2), new Clock.Lamport(11)),
                es.stream().map(e -> e.clock().orElseThrow()).toList());
        assertEquals(Optional.of("n1"), es.get(0).node());
    }

    @Test
    void closedWriterRefusesEvents() {
        TraceWriter w = TraceWriter.to(new MemoryTraceSink()).build();
        w.close();
        w.close();
        assertThrows(IllegalStateException.class, () -> w.init(Map.of()));
    }

    @Test
    void fileSinkIsBufferedThreadSafeAndFlushesOnClose(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.ndjson");
        int threads = 4;
        int perThread = 500;
        try (TraceWriter w = TraceWriter.to(NdjsonTraceSink.create(file, codec)).lamportClock().build()) {
            List<Thread> ts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                ts.add(new Thread(() -> {
                    for (int i = 0; i < perThread; i++) {
                        w.step("Step", ordered("t", integer(id)), ordered("i", integer(i)));
                    }
                }));
            }
            ts.forEach(Thread::start);
            for (Thread t : ts) {
                t.join();
            }
        }
        List<String> lines = linesOf(file);
        assertEquals(threads * perThread, lines.size());
        Set<String> seen = new HashSet<>();
        long lastClock = 0;
        for (int n = 0; n < lines.size(); n++) {
            TraceEvent e = codec.decode(lines.get(n), n + 1);
            long c = ((Clock.Lamport) e.clock().orElseThrow()).value();
            assertEquals(lastClock + 1, c, "clocks increase line by line");
            lastClock = c;
            seen.add(e.params().get("t") + "/" + e.state().get("i"));
        }
        assertEquals(threads * perThread, seen.size());
    }

    @Test
    void fileSinkBuffersUntilFlush(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.ndjson");
        try (TraceWriter w = TraceWriter.to(NdjsonTraceSink.create(file, codec)).build()) {
            w.init(ordered("x", integer(0)));
            w.step("Incr", Map.of(), ordered("x", integer(1)));
            assertEquals(0, linesOf(file).size(), "nothing reaches the file before a flush");
            w.flush();
            assertEquals(2, linesOf(file).size());
            w.step("Incr", Map.of(), ordered("x", integer(2)));
        }
        assertEquals(List.of("{\"action\":\"Init\",\"state\":{\"x\":0}}",
                "{\"action\":\"Incr\",\"state\":{\"x\":1}}",
                "{\"action\":\"Incr\",\"state\":{\"x\":2}}"), linesOf(file));
    }

    private static List<String> linesOf(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isEmpty()).toList();
    }
}
