package dev.lockstep.validator.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ActionFootprint}: which variables each action's verdict reads, computed by TLC's loaded
 * spec in a child JVM ({@link FootprintProbe}) and compared with what the specs say, read by hand.
 */
class ActionFootprintTest {
    @TempDir
    Path tmp;

    @Test
    void raftLogsActionsUseWhatTheirDefinitionsRead() throws Exception {
        Map<String, Set<String>> f = footprints(Path.of("..", "specs", "RaftLog", "RaftLog.tla"));
        // UNCHANGED <<log, commitIndex, nextIndex, matchIndex, messages>>
        assertEquals(Set.of("currentTerm", "state", "votedFor", "votesGranted"), f.get("Timeout"));
        // Send reads and sets messages; the request carries LastTerm(log[s]) and Len(log[s])
        assertEquals(Set.of("state", "currentTerm", "log", "messages"), f.get("RequestVote"));
        // Quorum is constant; Len(log[s]) sets nextIndex and matchIndex
        assertEquals(Set.of("state", "votesGranted", "nextIndex", "matchIndex", "log"), f.get("BecomeLeader"));
        assertEquals(Set.of("state", "log", "currentTerm", "matchIndex"), f.get("ClientRequest"));
        assertEquals(Set.of("state", "matchIndex", "commitIndex", "log", "currentTerm"), f.get("AdvanceCommitIndex"));
        // a call under \E m \in DOMAIN messages: the call and the set read messages only
        assertEquals(Set.of("messages"), f.get("DropMessage"));
        // AppendEntries under \E i \in 1..Len(log[s]) + 1, which TLC names after Next
        assertEquals(Set.of("state", "nextIndex", "log", "currentTerm", "commitIndex", "messages"), f.get("Next"));
        // the four handlers together assign every variable
        assertEquals(9, f.get("Receive").size());
    }

    @Test
    void whatTheAnalysisCannotSeeThroughUsesEveryVariable() throws Exception {
        Path spec = Path.of("src", "test", "resources", "specs", "Footprints", "Footprints.tla");
        Map<String, Set<String>> f = footprints(spec);
        Set<String> all = Set.of("x", "y", "z");
        assertEquals(Set.of("x"), f.get("Flip"), "UNCHANGED rest, rest == <<y, z>>");
        assertEquals(Set.of(), f.get("Idle"), "UNCHANGED vars");
        assertEquals(Set.of("y"), f.get("Count"), "x' = x");
        assertEquals(Set.of("x", "z"), f.get("Mixed"), "z UNCHANGED in one disjunct, assigned in the other");
        assertEquals(Set.of("x"), f.get("Bump"), "a LET definition");
        assertEquals(all, f.get("Guarded"), "ENABLED");
        assertEquals(all, f.get("Shifted"), "an instantiated module's action");
    }

    /** Per action name, the variables its footprint uses. */
    private Map<String, Set<String>> footprints(Path spec) throws Exception {
        Path s = spec.toAbsolutePath().normalize();
        Path cfg = s.resolveSibling(s.getFileName().toString().replace(".tla", ".cfg"));
        Path out = tmp.resolve("footprints.txt");
        ProbeJvm.run(FootprintProbe.class, tmp, s.toString(), cfg.toString(), out.toString());
        Map<String, Set<String>> f = new TreeMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            int colon = line.indexOf(':');
            String vars = line.substring(colon + 1).trim();
            f.put(line.substring(0, colon), vars.isEmpty() ? Set.of() : new TreeSet<>(List.of(vars.split(" "))));
        }
        return f;
    }
}
