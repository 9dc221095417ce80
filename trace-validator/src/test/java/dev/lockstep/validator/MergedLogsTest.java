package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.validator.log.LogProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sampled behaviour split into one log per node with vector clocks merges back and conforms;
 * two events of different nodes reordered against causality are an input error naming both lines.
 */
class MergedLogsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void perNodeLogsMergeAndConform() throws Exception {
        Path spec = Fixtures.testSpec("Counter");
        List<String> log = Fixtures.sample(spec, 5, 80, tmp.resolve("all.ndjson"));
        Split s = split(log);
        Validator v = Fixtures.validator(tmp);
        ValidationResult ok = v.validate(ValidationRequest.of(spec, Fixtures.cfgOf(spec), s.write(tmp, "ok")));
        assertTrue(ok.problems().isEmpty(), ok.problems().toString());
        assertEquals(log.size(), assertInstanceOf(Verdict.Conforms.class, ok.verdict()).events());

        // events k (node A) and k+1 (node B != A) reordered: A's event now claims to have seen B's
        int k = -1;
        for (int i = 1; i + 1 < log.size(); i++) {
            if (!s.node.get(i).equals(s.node.get(i + 1))) {
                k = i;
                break;
            }
        }
        assertTrue(k > 0);
        String a = s.node.get(k);
        String b = s.node.get(k + 1);
        ObjectNode ek = (ObjectNode) s.events.get(k);
        ((ObjectNode) ek.get("clock")).put(b, s.events.get(k + 1).get("clock").get(b).asLong());
        ValidationResult bad = v.validate(ValidationRequest.of(spec, Fixtures.cfgOf(spec), s.write(tmp, "bad")));
        assertEquals(1, bad.problems().size(), bad.problems().toString());
        LogProblem p = bad.problems().get(0);
        assertEquals(DiagnosticCode.LS806_LOG_CAUSALITY, p.diagnostic().code());
        Path fa = tmp.resolve("bad-" + a + ".ndjson");
        Path fb = tmp.resolve("bad-" + b + ".ndjson");
        List<Path> both = List.of(p.file(), p.diagnostic().related().get(0).range().file());
        assertTrue(both.contains(fa) && both.contains(fb), both.toString());
        assertEquals(s.lineInFile.get(k) + 0L, p.file().equals(fa) ? p.line()
                : p.diagnostic().related().get(0).range().start().line() + 1L);
        assertInstanceOf(Verdict.Unknown.class, bad.verdict());
    }

    /** The behaviour's events with node and vector clock, and the line each gets in its node's file. */
    private record Split(List<ObjectNode> events, List<String> node, List<Integer> lineInFile) {
        List<Path> write(Path dir, String prefix) throws Exception {
            Map<String, List<String>> files = new LinkedHashMap<>();
            for (int i = 0; i < events.size(); i++) {
                files.computeIfAbsent(node.get(i), n -> new ArrayList<>()).add(JSON.writeValueAsString(events.get(i)));
            }
            List<Path> out = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : files.entrySet()) {
                out.add(Fixtures.write(dir.resolve(prefix + "-" + e.getKey() + ".ndjson"), e.getValue()));
            }
            return out;
        }
    }

    private static Split split(List<String> log) throws Exception {
        List<ObjectNode> events = new ArrayList<>();
        List<String> nodes = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Map<String, Long> seen = new LinkedHashMap<>();
        Map<String, Integer> perFile = new LinkedHashMap<>();
        for (String l : log) {
            ObjectNode o = (ObjectNode) JSON.readTree(l);
            String n = o.has("params") ? o.get("params").get("n").asText() : "n1";
            seen.merge(n, 1L, Long::sum);
            o.put("node", n);
            ObjectNode clock = o.putObject("clock");
            seen.forEach(clock::put);
            events.add(o);
            nodes.add(n);
            lines.add(perFile.merge(n, 1, Integer::sum));
        }
        return new Split(events, nodes, lines);
    }
}
