package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Missing behaviour is a divergence: a line's {@code refused} instances that the spec enables in
 * its state fail the trace (TLC's evaluator decides), those it does not enable do not; and the
 * result counts, per action of the spec, the lines that take it (coverage).
 */
class RefusedStepsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void refusingAnEnabledActionFailsAtItsLineAndRefusingADisabledOneDoesNot() throws Exception {
        Path spec = Fixtures.testSpec("Counter");
        List<String> log = Fixtures.sample(spec, 5, 40, tmp.resolve("sample.ndjson"));
        Validator v = Fixtures.validator(tmp);

        ValidationResult ok = validate(v, spec, log, "sample");
        assertInstanceOf(Verdict.Conforms.class, ok.verdict(), () -> ok.verdict().toString());
        assertEquals(Set.of("Inc", "Finish", "Reopen"), ok.coverage().keySet());
        long steps = log.stream().filter(l -> !l.contains("\"action\":\"Init\"")).count();
        assertEquals(steps, ok.coverage().values().stream().mapToLong(Long::longValue).sum());
        ok.neverTaken().forEach(a -> assertEquals(0L, ok.coverage().get(a)));

        // after Inc(n), n is not done: the spec enables Finish(n) there and not Reopen(n)
        int k = 2;
        while (!JSON.readTree(log.get(k - 1)).path("action").asText().equals("Inc")) {
            k++;
        }
        JsonNode n = JSON.readTree(log.get(k - 1)).path("params").path("n");

        List<String> refusesFinish = new ArrayList<>(log);
        refusesFinish.set(k - 1, withRefused(log.get(k - 1), "Finish", n));
        ValidationResult r = validate(v, spec, refusesFinish, "refuses-finish");
        Verdict.DoesNotConform d = DirectEngineTest.assertFailsAt(r, k, Verdict.Divergence.REFUSED);
        assertEquals(k, d.events() + 1);
        assertTrue(d.witness().message().startsWith("the spec enables Finish"), d.witness().message());
        assertTrue(d.witness().message().endsWith("here, the implementation refused it"), d.witness().message());

        List<String> refusesReopen = new ArrayList<>(log);
        refusesReopen.set(k - 1, withRefused(log.get(k - 1), "Reopen", n));
        ValidationResult fine = validate(v, spec, refusesReopen, "refuses-reopen");
        assertInstanceOf(Verdict.Conforms.class, fine.verdict(), () -> fine.verdict().toString());
    }

    private static String withRefused(String line, String action, JsonNode n) throws Exception {
        ObjectNode o = (ObjectNode) JSON.readTree(line);
        ObjectNode call = o.putArray("refused").addObject().put("action", action);
        call.putObject("params").set("n", n);
        return JSON.writeValueAsString(o);
    }

    private ValidationResult validate(Validator v, Path spec, List<String> log, String name) throws Exception {
        Path f = Fixtures.write(tmp.resolve(name + ".ndjson"), log);
        return v.validate(ValidationRequest.of(spec, Fixtures.cfgOf(spec), List.of(f)));
    }
}
