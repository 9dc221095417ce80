package dev.lockstep.validator.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GuidedExists} against TLC: on random walks of TLC's successor function over specs whose
 * handlers quantify over the messages in flight, its verdict on (state, successor) and (state,
 * another state) pairs is TLC's own evaluation of the action's predicate, every time
 * ({@link GuidedExistsProbe} runs in a child JVM: TLC loads one spec per process).
 */
class GuidedExistsTest {
    @TempDir
    Path tmp;

    @Test
    void raftLogsReceiveGetsTlcsVerdictOnEveryPair() throws Exception {
        Counts c = probe(Path.of("..", "specs", "RaftLog", "RaftLog.tla"), 7, 250);
        // Receive(s1), Receive(s2); DropMessage's \E m \in DOMAIN messages; AppendEntries' \E i for 4 pairs s, t
        assertEquals(7, c.guided, c.report);
        assertEquals(0, c.disagree, c.report);
        assertTrue(c.agreeTrue > 100 && c.agreeFalse > 1000, c.report);
        assertEquals(0, c.fallback, c.report);
    }

    @Test
    void paxosHandlersGetTlcsVerdictOnEveryPair() throws Exception {
        Counts c = probe(Path.of("..", "specs", "Paxos", "Paxos.tla"), 3, 150);
        assertEquals(0, c.disagree, c.report);
        assertTrue(c.agreeTrue > 0 && c.agreeFalse > 0, c.report);
    }

    private record Counts(int guided, long agreeTrue, long agreeFalse, long fallback, long error, long disagree,
                          String report) {
    }

    private Counts probe(Path spec, long seed, int steps) throws Exception {
        Path s = spec.toAbsolutePath().normalize();
        Path cfg = s.resolveSibling(s.getFileName().toString().replace(".tla", ".cfg"));
        Path out = tmp.resolve("guided.txt");
        ProbeJvm.run(GuidedExistsProbe.class, tmp, s.toString(), cfg.toString(), Long.toString(seed), Integer.toString(steps),
                out.toString());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        String[] w = lines.get(0).split(" ");
        String report = String.join("\n", lines.subList(0, Math.min(lines.size(), 4)));
        return new Counts(Integer.parseInt(w[1]), Long.parseLong(w[3]), Long.parseLong(w[5]), Long.parseLong(w[7]),
                Long.parseLong(w[9]), Long.parseLong(w[11]), report);
    }
}
