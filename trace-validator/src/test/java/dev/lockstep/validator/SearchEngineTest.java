package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The search engine on partial logs (a variable unlogged, internal actions unlogged), and agreement
 * of both engines on full logs, valid and mutated.
 */
class SearchEngineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path COUNTER = Fixtures.testSpec("Counter");

    @TempDir
    Path tmp;

    private ValidationResult validate(Path spec, List<String> log, String name, Verdict.Engine engine,
                                      List<String> unlogged) throws Exception {
        Path f = Fixtures.write(tmp.resolve(name + ".ndjson"), log);
        return Fixtures.validator(tmp).validate(ValidationRequest.of(spec, Fixtures.cfgOf(spec), List.of(f))
                .withEngine(engine).withUnlogged(unlogged));
    }

    private ValidationResult validate(Path spec, List<String> log, String name, List<String> unlogged,
                                      Validator.SearchOrder order) throws Exception {
        Path f = Fixtures.write(tmp.resolve(name + ".ndjson"), log);
        return Fixtures.validator(tmp).validate(ValidationRequest.of(spec, Fixtures.cfgOf(spec), List.of(f))
                .withEngine(Verdict.Engine.SEARCH).withUnlogged(unlogged).withSearchOrder(order));
    }

    private static List<String> without(List<String> log, String variable) throws Exception {
        List<String> out = new ArrayList<>();
        for (String l : log) {
            ObjectNode o = (ObjectNode) JSON.readTree(l);
            ((ObjectNode) o.get("state")).remove(variable);
            out.add(JSON.writeValueAsString(o));
        }
        return out;
    }

    @Test
    void oneVariableUnlogged() throws Exception {
        List<String> full = Fixtures.sample(COUNTER, 3, 40, tmp.resolve("full.ndjson"));
        List<String> partial = without(full, "log");

        ValidationResult ok = validate(COUNTER, partial, "partial", null, List.of());
        Verdict.Conforms c = assertInstanceOf(Verdict.Conforms.class, ok.verdict(), () -> ok.verdict().toString());
        assertEquals(Verdict.Engine.SEARCH, c.engine(), "chosen automatically: the log lacks a variable");
        assertEquals(partial.size(), c.events());

        int k = firstLine(partial, "Inc", 5);
        List<String> wrong = new ArrayList<>(partial);
        wrong.set(k - 1, wrong.get(k - 1).replace("[\"n1\",", "[\"n1\",1").replace("[\"n2\",", "[\"n2\",1"));
        ValidationResult bad = validate(COUNTER, wrong, "partial-wrong", null, List.of());
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, bad.verdict(), () -> bad.verdict().toString());
        assertEquals(Verdict.Engine.SEARCH, d.engine());
        assertEquals(k, d.witness().line());
        assertEquals(k - 1, d.events());
        // one state the spec reaches after line k-1: the logged variables as logged there
        ObjectNode prev = (ObjectNode) JSON.readTree(partial.get(k - 2)).get("state");
        assertEquals(java.util.Set.of("count", "log", "done"), d.witness().stateBefore().keySet());
        String count = d.witness().stateBeforeText().get("count");
        for (com.fasterxml.jackson.databind.JsonNode pair : prev.get("count").get("#map")) {
            assertTrue(count.contains(pair.get(0).asText() + " :> " + pair.get(1).asInt()), count + " vs " + prev);
        }
        assertTrue(d.witness().message().contains("one the spec reaches after line " + (k - 1)), d.witness().message());

        // the instances enabled there: as the direct engine lists them on the full log with the same change
        // (in Counter enabledness does not depend on the unlogged variable)
        List<String> fullWrong = mutate(full, k, o -> {
            try {
                o.set("state", ((ObjectNode) JSON.readTree(wrong.get(k - 1)).get("state")).set("log",
                        JSON.readTree(full.get(k - 1)).get("state").get("log")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ValidationResult direct = validate(COUNTER, fullWrong, "full-wrong", Verdict.Engine.DIRECT, List.of());
        Verdict.DoesNotConform dd = assertInstanceOf(Verdict.DoesNotConform.class, direct.verdict(), () -> direct.verdict() + " " + direct.problems());
        assertEquals(k, dd.witness().line());
        assertFalse(d.witness().enabled().isEmpty());
        assertEquals(dd.witness().enabled(), d.witness().enabled());
        // and why: the direct engine's false conjunct and, over the logged variables, its diff
        assertEquals(dd.witness().instance(), d.witness().instance());
        assertEquals(dd.witness().conjunct().text(), d.witness().conjunct().text());
        assertEquals(dd.witness().conjunct().values(), d.witness().conjunct().values());
        List<Verdict.VariableDiff> logged = dd.witness().diff().stream().filter(x -> !x.variable().equals("log")).toList();
        assertFalse(logged.isEmpty());
        assertEquals(logged, d.witness().diff());
    }

    @Test
    void internalActionsUnlogged() throws Exception {
        List<String> full = Fixtures.sample(COUNTER, 4, 40, tmp.resolve("full.ndjson"));
        List<String> kept = new ArrayList<>();
        int firstAfterGap = -1;
        boolean gap = false;
        for (String l : full) {
            String action = JSON.readTree(l).get("action").asText();
            if (action.equals("Finish") || action.equals("Reopen")) {
                gap = true;
                continue;
            }
            kept.add(l);
            if (gap && firstAfterGap < 0) {
                firstAfterGap = kept.size();
            }
        }
        assertTrue(firstAfterGap > 0 && kept.size() > firstAfterGap, "the sample must have internal steps");

        ValidationResult strict = validate(COUNTER, kept, "gaps", Verdict.Engine.SEARCH, List.of());
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, strict.verdict());
        assertEquals(firstAfterGap, d.witness().line(), "the first line after an unlogged Finish or Reopen");

        ValidationResult relaxed = validate(COUNTER, kept, "gaps-ok", null, List.of("Finish", "Reopen"));
        Verdict.Conforms c = assertInstanceOf(Verdict.Conforms.class, relaxed.verdict(), () -> relaxed.verdict().toString());
        assertEquals(kept.size(), c.events());
        assertEquals(Verdict.Engine.SEARCH, c.engine());
    }

    /**
     * Depth-first (the driver in the evaluator host) and breadth-first (TLC's model checker) give
     * the same verdict, line and message on partial logs that conform, that do not (a wrong value,
     * an unknown action, a wrong type), and that need unlogged internal steps.
     */
    @Test
    void depthFirstAndBreadthFirstAgree() throws Exception {
        List<String> full = Fixtures.sample(COUNTER, 4, 40, tmp.resolve("full.ndjson"));
        List<String> partial = without(full, "log");
        int k = firstLine(partial, "Inc", 5);
        List<String> kept = new ArrayList<>();
        for (String l : full) {
            String action = JSON.readTree(l).get("action").asText();
            if (!action.equals("Finish") && !action.equals("Reopen")) {
                kept.add(l);
            }
        }
        List<List<String>> logs = List.of(partial,
                mutate(partial, k, o -> ((ObjectNode) o.get("state")).put("count", "oops")),
                mutate(partial, k, o -> o.put("action", "NoSuchAction")),
                without(kept, "count"));
        List<List<String>> unlogged = List.of(List.of(), List.of(), List.of(), List.of("Finish", "Reopen"));
        int nonConforming = 0;
        for (int i = 0; i < logs.size(); i++) {
            Verdict dfs = validate(COUNTER, logs.get(i), "dfs" + i, unlogged.get(i), Validator.SearchOrder.DFS).verdict();
            Verdict bfs = validate(COUNTER, logs.get(i), "bfs" + i, unlogged.get(i), Validator.SearchOrder.BFS).verdict();
            assertEquals(bfs.getClass(), dfs.getClass(), "case " + i + ": " + bfs + " vs " + dfs);
            if (bfs instanceof Verdict.DoesNotConform b) {
                Verdict.DoesNotConform d = (Verdict.DoesNotConform) dfs;
                assertEquals(b.events(), d.events(), "case " + i);
                assertEquals(b.witness().line(), d.witness().line(), "case " + i);
                assertEquals(b.witness().kind(), d.witness().kind(), "case " + i);
                assertEquals(b.witness().message(), d.witness().message(), "case " + i);
                // the variables listed in the same order (TLC's record order), the same instances enabled
                assertEquals(new ArrayList<>(b.witness().stateBefore().keySet()),
                        new ArrayList<>(d.witness().stateBefore().keySet()), "case " + i);
                assertEquals(b.witness().enabled(), d.witness().enabled(), "case " + i);
                assertEquals(k, d.witness().line(), "case " + i);
                nonConforming++;
            } else {
                assertEquals(logs.get(i).size(), ((Verdict.Conforms) dfs).events(), "case " + i);
            }
        }
        assertEquals(2, nonConforming);
    }

    /** A 5,000-line log: the depth-first search keeps its own stack, so depth costs no Java stack. */
    @Test
    void depthFirstOnADeepLog() throws Exception {
        List<String> partial = without(Fixtures.sample(COUNTER, 5, 5000, tmp.resolve("deep-full.ndjson")), "log");
        assertEquals(5000, partial.size());
        Verdict ok = validate(COUNTER, partial, "deep", List.of(), Validator.SearchOrder.DFS).verdict();
        assertEquals(5000, assertInstanceOf(Verdict.Conforms.class, ok, ok::toString).events());
        int k = 4990;
        List<String> wrong = mutate(partial, k, o -> o.put("action", "NoSuchAction"));
        Verdict bad = validate(COUNTER, wrong, "deep-wrong", List.of(), Validator.SearchOrder.DFS).verdict();
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, bad, bad::toString);
        assertEquals(k, d.witness().line());
        assertEquals(k - 1, d.events());
    }

    static Stream<Path> specs() {
        return Stream.of(COUNTER, Fixtures.librarySpec("ReplicatedKV"));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void bothEnginesAgreeOnFullLogs(Path spec) throws Exception {
        List<String> log = Fixtures.sample(spec, 21, 30, tmp.resolve("log.ndjson"));
        List<List<String>> cases = new ArrayList<>();
        cases.add(log);
        java.util.Random random = new java.util.Random(7);
        int k = DirectEngineTest.changingLine(log, random);
        List<String> dropped = new ArrayList<>(log);
        dropped.remove(k - 1);
        cases.add(dropped);
        int s = DirectEngineTest.swappableLine(log, random);
        List<String> swapped = new ArrayList<>(log);
        swapped.set(s - 1, log.get(s));
        swapped.set(s, log.get(s - 1));
        cases.add(swapped);
        int w = 2 + random.nextInt(log.size() - 2);
        cases.add(mutate(log, w, o -> {
            ObjectNode st = (ObjectNode) o.get("state");
            st.put(st.fieldNames().next(), "oops"); // a string where the spec has another type
        }));
        cases.add(mutate(log, w, o -> o.put("action", "NoSuchAction")));
        int i = 0;
        for (List<String> c : cases) {
            Verdict direct = validate(spec, c, "direct" + i, Verdict.Engine.DIRECT, List.of()).verdict();
            Verdict search = validate(spec, c, "search" + i, Verdict.Engine.SEARCH, List.of()).verdict();
            assertEquals(direct.getClass(), search.getClass(), direct + " vs " + search);
            if (direct instanceof Verdict.DoesNotConform dd) {
                assertEquals(dd.witness().line(), ((Verdict.DoesNotConform) search).witness().line());
            } else {
                assertEquals(((Verdict.Conforms) direct).events(), ((Verdict.Conforms) search).events());
            }
            i++;
        }
        assertEquals(5, i);
    }

    @Test
    void wrongTypeInPartialLogIsLocated() throws Exception {
        List<String> partial = without(Fixtures.sample(COUNTER, 3, 30, tmp.resolve("full.ndjson")), "log");
        int k = 7;
        List<String> wrong = mutate(partial, k, o -> ((ObjectNode) o.get("state")).put("done", "oops"));
        ValidationResult r = validate(COUNTER, wrong, "wrong-type", null, List.of());
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, r.verdict(), () -> r.verdict().toString());
        assertEquals(Verdict.Engine.SEARCH, d.engine());
        assertEquals(k, d.witness().line());
        assertEquals(k - 1, d.events());
        assertEquals(Verdict.Divergence.EVALUATION_ERROR, d.witness().kind());
        assertTrue(d.witness().message().contains("\"oops\""), d.witness().message());
        assertTrue(!d.witness().message().contains("unexpected exception"), d.witness().message());

        List<String> first = mutate(partial, 1, o -> ((ObjectNode) o.get("state")).put("done", "oops"));
        ValidationResult r1 = validate(COUNTER, first, "wrong-type-init", null, List.of());
        Verdict.DoesNotConform d1 = assertInstanceOf(Verdict.DoesNotConform.class, r1.verdict(), () -> r1.verdict().toString());
        assertEquals(1, d1.witness().line(), "the Init line");
        assertEquals(Verdict.Divergence.EVALUATION_ERROR, d1.witness().kind());
    }

    @Test
    void aNonConformingLineBeforeAMalformedOneStands() throws Exception {
        List<String> partial = without(Fixtures.sample(COUNTER, 3, 30, tmp.resolve("full.ndjson")), "log");
        int k = firstLine(partial, "Inc", 4);
        List<String> wrong = mutate(partial, k, o -> o.put("action", "NoSuchAction"));
        wrong.set(k + 1, "{\"action\":");
        ValidationResult r = validate(COUNTER, wrong, "wrong-then-malformed", null, List.of());
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, r.verdict(), () -> r.verdict().toString());
        assertEquals(k, d.witness().line());
        assertEquals(k + 2, r.problems().get(0).line());

        List<String> malformedOnly = new ArrayList<>(partial);
        malformedOnly.set(k + 1, "{\"action\":");
        ValidationResult m = validate(COUNTER, malformedOnly, "malformed", null, List.of());
        Verdict.Unknown u = assertInstanceOf(Verdict.Unknown.class, m.verdict(), () -> m.verdict().toString());
        assertEquals(k + 1, u.events(), "the lines before the bad one conform");
        assertEquals(k + 2, m.problems().get(0).line());
    }

    private static List<String> mutate(List<String> log, int line, java.util.function.Consumer<ObjectNode> change)
            throws Exception {
        List<String> out = new ArrayList<>(log);
        ObjectNode o = (ObjectNode) JSON.readTree(log.get(line - 1));
        change.accept(o);
        out.set(line - 1, JSON.writeValueAsString(o));
        return out;
    }

    private static int firstLine(List<String> log, String action, int from) throws Exception {
        for (int i = from; i <= log.size(); i++) {
            if (JSON.readTree(log.get(i - 1)).get("action").asText().equals(action)) {
                return i;
            }
        }
        throw new AssertionError("no " + action + " line after " + from);
    }
}
