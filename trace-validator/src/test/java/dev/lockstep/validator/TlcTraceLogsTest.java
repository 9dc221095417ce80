package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.check.CheckRequest;
import dev.lockstep.bridge.check.CheckResult;
import dev.lockstep.bridge.check.SearchMode;
import dev.lockstep.bridge.check.TlcRunner;
import dev.lockstep.bridge.trace.Trace;
import dev.lockstep.bridge.trace.TraceState;
import dev.lockstep.bridge.value.Itf;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Logs made from behaviours TLC itself reports through the bridge (breadth-first counterexamples,
 * the states of a liveness lasso, and a random simulation that hits a violation) conform; the same logs with a step dropped fail
 * at the line after the gap.
 */
class TlcTraceLogsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("TwoPhaseCommitBuggy", new SearchMode.BreadthFirst()),
                Arguments.of("MessageQueueNoDedup", new SearchMode.BreadthFirst()),
                Arguments.of("LeaseServiceUnfair", new SearchMode.BreadthFirst()),
                Arguments.of("TwoPhaseCommitBuggy", new SearchMode.Simulation(60, 1000L, 7L)));
    }

    @ParameterizedTest
    @MethodSource("runs")
    void tlcBehavioursConform(String name, SearchMode mode) throws Exception {
        Path spec = Fixtures.librarySpec(name);
        CheckResult r = new TlcRunner().run(CheckRequest.of(spec, Tla2Tools.fromClasspath()).withMode(mode)
                .withWork(tmp, false), TlcRunner.SILENT);
        Trace trace = r.trace().orElseThrow(() -> new AssertionError("TLC reported no behaviour: " + r));
        List<String> log = new ArrayList<>();
        for (TraceState s : trace.states()) {
            ObjectNode o = JSON.createObjectNode();
            o.put("action", s.actionName().orElseThrow());
            ObjectNode st = o.putObject("state");
            s.values().forEach((k, v) -> st.set(k, Itf.encode(v)));
            log.add(JSON.writeValueAsString(o));
        }
        assertTrue(log.size() >= 3, "trace too short: " + log.size());
        Validator v = Fixtures.validator(tmp);
        Path ok = Fixtures.write(tmp.resolve("ok.ndjson"), log);
        ValidationResult res = v.validate(ValidationRequest.of(spec, Fixtures.cfgOf(spec), List.of(ok)));
        assertEquals(log.size(), assertInstanceOf(Verdict.Conforms.class, res.verdict(), () -> res.verdict().toString()).events());

        int k = DirectEngineTest.changingLine(log, new java.util.Random(name.hashCode()));
        List<String> dropped = new ArrayList<>(log);
        dropped.remove(k - 1);
        Path bad = Fixtures.write(tmp.resolve("dropped.ndjson"), dropped);
        DirectEngineTest.assertFailsAt(v.validate(ValidationRequest.of(spec, Fixtures.cfgOf(spec), List.of(bad))), k, null);
    }
}
