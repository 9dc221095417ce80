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

    /**
     * A line's {@code allowed} set (whole, or its change since the previous line) is compared with
     * what TLC enables in its state: the sample log with Counter's enabled sets conforms; leaving an
     * enabled instance out fails as refused, listing one the spec does not enable fails as
     * allowedNotEnabled, each at the line whose set is wrong.
     */
    @Test
    void theAllowedSetOfEachLineMustBeWhatTheSpecEnablesThere() throws Exception {
        Path spec = Fixtures.testSpec("Counter");
        List<String> log = Fixtures.sample(spec, 7, 30, tmp.resolve("sample.ndjson"));
        Validator v = Fixtures.validator(tmp);
        List<String> exact = new ArrayList<>();
        List<List<JsonNode>> sets = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            List<JsonNode> set = counterEnabled(JSON.readTree(log.get(i)).get("state"));
            sets.add(set);
            ObjectNode o = (ObjectNode) JSON.readTree(log.get(i));
            if (i == 0) {
                o.putArray("allowed").addAll(set);
            } else {
                ObjectNode change = o.putObject("allowed");
                set.stream().filter(c -> !sets.get(sets.size() - 2).contains(c)).forEach(change.putArray("add")::add);
                sets.get(sets.size() - 2).stream().filter(c -> !set.contains(c)).forEach(change.putArray("drop")::add);
            }
            exact.add(JSON.writeValueAsString(o));
        }
        ValidationResult ok = validate(v, spec, exact, "allowed-exact");
        assertInstanceOf(Verdict.Conforms.class, ok.verdict(), () -> ok.verdict().toString());

        int k = log.size() / 2;
        JsonNode left = sets.get(k - 1).get(0);
        List<String> missing = new ArrayList<>(exact);
        ObjectNode line = (ObjectNode) JSON.readTree(exact.get(k - 1));
        line.putArray("allowed").addAll(sets.get(k - 1).subList(1, sets.get(k - 1).size()));
        missing.set(k - 1, JSON.writeValueAsString(line));
        Verdict.DoesNotConform d = DirectEngineTest.assertFailsAt(validate(v, spec, missing, "allowed-missing"), k,
                Verdict.Divergence.REFUSED);
        assertTrue(d.witness().message().startsWith("the spec enables " + left.path("action").asText()),
                d.witness().message());

        JsonNode extra = JSON.readTree("{\"action\":\"Reopen\",\"params\":{\"n\":\"n3\"}}");
        JsonNode n = JSON.readTree(exact.get(0)).path("state").path("count").path("#map").get(0).get(0);
        ((ObjectNode) extra.get("params")).set("n", n);
        List<String> over = new ArrayList<>(exact);
        line = (ObjectNode) JSON.readTree(exact.get(0));
        ((com.fasterxml.jackson.databind.node.ArrayNode) line.get("allowed")).add(extra);
        over.set(0, JSON.writeValueAsString(line));
        Verdict.DoesNotConform o = DirectEngineTest.assertFailsAt(validate(v, spec, over, "allowed-over"), 1,
                Verdict.Divergence.NOT_ENABLED);
        assertTrue(o.witness().message().startsWith("the implementation allows Reopen"), o.witness().message());
    }

    /** Counter's enabled instances in {@code state}, written from the spec by hand (Max = 4). */
    private static List<JsonNode> counterEnabled(JsonNode state) {
        List<JsonNode> out = new ArrayList<>();
        List<JsonNode> done = new ArrayList<>();
        state.path("done").path("#set").forEach(done::add);
        for (JsonNode entry : state.path("count").path("#map")) {
            JsonNode n = entry.get(0);
            boolean isDone = done.contains(n);
            if (entry.get(1).asInt() < 4 && !isDone) {
                out.add(call("Inc", n));
            }
            out.add(call(isDone ? "Reopen" : "Finish", n));
        }
        return out;
    }

    private static JsonNode call(String action, JsonNode n) {
        ObjectNode c = JSON.createObjectNode().put("action", action);
        c.putObject("params").set("n", n);
        return c;
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
