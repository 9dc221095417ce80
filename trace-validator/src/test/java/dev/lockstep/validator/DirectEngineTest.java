package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The direct engine on real behaviours: logs sampled from TLC's successor function conform, and
 * seeded mutations of them (a dropped event, two events swapped, a wrong value, an unknown action)
 * fail at the line the mutation touched.
 */
class DirectEngineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static Stream<Path> specs() {
        return Stream.of(Fixtures.testSpec("Counter"), Fixtures.librarySpec("ReplicatedKV"),
                Fixtures.librarySpec("Paxos"), Fixtures.librarySpec("TwoPhaseCommit"),
                Fixtures.librarySpec("PrimaryBackup"), Fixtures.librarySpec("Bank"));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void sampledLogsConformAndMutationsFailAtTheirLine(Path spec) throws Exception {
        List<String> log = Fixtures.sample(spec, 11, 60, tmp.resolve("log.ndjson"));
        assertTrue(log.size() >= 10, "behaviour too short: " + log.size());
        Validator v = Fixtures.validator(tmp);

        ValidationResult ok = validate(v, spec, log, "valid");
        Verdict.Conforms c = assertInstanceOf(Verdict.Conforms.class, ok.verdict(), () -> ok.verdict().toString());
        assertEquals(log.size(), c.events());
        assertEquals(Verdict.Engine.DIRECT, c.engine());

        Random random = new Random(spec.getFileName().toString().hashCode());
        int k = changingLine(log, random);

        // a dropped event: the next line cannot follow from the state before the dropped one
        List<String> dropped = new ArrayList<>(log);
        dropped.remove(k - 1);
        assertFailsAt(validate(v, spec, dropped, "dropped"), k, Verdict.Divergence.ACTION_FALSE);

        // two events swapped
        int s = swappableLine(log, random);
        List<String> swapped = new ArrayList<>(log);
        swapped.set(s - 1, log.get(s));
        swapped.set(s, log.get(s - 1));
        Verdict.DoesNotConform sw = assertFailsAt(validate(v, spec, swapped, "swapped"), s, null);
        assertTrue(List.of(Verdict.Divergence.ACTION_FALSE, Verdict.Divergence.NO_SUCH_INSTANCE).contains(sw.witness().kind()),
                sw.witness().kind().tag());

        // a wrong value of a variable the step assigns
        List<String> wrong = new ArrayList<>(log);
        wrong.set(k - 1, withWrongValue(log.get(k - 2), log.get(k - 1)));
        Verdict.DoesNotConform w = assertFailsAt(validate(v, spec, wrong, "wrong"), k, Verdict.Divergence.ACTION_FALSE);
        assertTrue(w.witness().conjunct() != null, "names the false conjunct");
        assertFalse(w.witness().stateBefore().isEmpty());

        // a variable the logged action never changes in the log (UNCHANGED, checked by value
        // identity when the text repeats), changed to a value it has elsewhere in the log
        int[] kept = keptVariableLine(log);
        if (kept != null) {
            List<String> moved = new ArrayList<>(log);
            moved.set(kept[0] - 1, withValueOf(log.get(kept[0] - 1), log.get(kept[1] - 1), kept[2]));
            assertFailsAt(validate(v, spec, moved, "moved"), kept[0], Verdict.Divergence.ACTION_FALSE);
        }

        // an action the spec does not have
        List<String> unknown = new ArrayList<>(log);
        unknown.set(k - 1, withAction(log.get(k - 1), "NoSuchAction"));
        Verdict.DoesNotConform u = assertFailsAt(validate(v, spec, unknown, "unknown"), k, Verdict.Divergence.UNKNOWN_ACTION);
        assertTrue(u.witness().message().contains("NoSuchAction"));
    }

    @org.junit.jupiter.api.Test
    void actionsTlcCannotSplitAreCheckedByTheirOperator() throws Exception {
        Path spec = Fixtures.testSpec("Mailbox");
        Validator v = Fixtures.validator(tmp);
        List<String> ok = List.of(
                "{\"action\":\"Init\",\"state\":{\"inbox\":{\"#set\":[1,2,3]},\"done\":{\"#set\":[]}}}",
                "{\"action\":\"Consume\",\"params\":{\"m\":2},\"state\":{\"inbox\":{\"#set\":[1,3]},\"done\":{\"#set\":[2]}}}",
                "{\"action\":\"Consume\",\"params\":{\"m\":1},\"state\":{\"inbox\":{\"#set\":[3]},\"done\":{\"#set\":[1,2]}}}");
        assertEquals(3, assertInstanceOf(Verdict.Conforms.class, validate(v, spec, ok, "mailbox-ok").verdict()).events());
        List<String> bad = new ArrayList<>(ok);
        bad.add("{\"action\":\"Consume\",\"params\":{\"m\":2},\"state\":{\"inbox\":{\"#set\":[3]},\"done\":{\"#set\":[1,2]}}}");
        Verdict.DoesNotConform d = assertFailsAt(validate(v, spec, bad, "mailbox-bad"), 4, Verdict.Divergence.ACTION_FALSE);
        assertEquals("m \\in inbox", d.witness().conjunct().text());
        assertEquals("Consume(m = 2)", d.witness().instance());
        assertEquals(List.of("Consume(m = 2)"), List.of(d.witness().instance()));
        List<String> noParam = new ArrayList<>(ok);
        noParam.set(1, ok.get(1).replace(",\"params\":{\"m\":2}", ""));
        assertFailsAt(validate(v, spec, noParam, "mailbox-noparam"), 2, Verdict.Divergence.NO_SUCH_INSTANCE);
    }

    /**
     * {@code \E amt \in 1..bal[f] : Transfer(f, t, amt)}: the logged amount binds {@code amt}
     * directly, and its membership in the state-dependent set is checked: a transfer of 0, which
     * {@code Transfer}'s own conjuncts allow, is no step of the next-state relation.
     */
    @org.junit.jupiter.api.Test
    void loggedParametersBindQuantifiersOverStateDependentSets() throws Exception {
        Path spec = Fixtures.librarySpec("Bank");
        Validator v = Fixtures.validator(tmp);
        String init = "{\"action\":\"Init\",\"state\":{\"bal\":{\"#map\":[[\"a1\",3],[\"a2\",3],[\"a3\",3]]},"
                + "\"last\":{\"from\":\"none\",\"to\":\"none\",\"amount\":0}}}";
        String move = "{\"action\":\"Transfer\",\"params\":{\"from\":\"a1\",\"to\":\"a3\",\"amount\":%d},"
                + "\"state\":{\"bal\":{\"#map\":[[\"a1\",%d],[\"a2\",3],[\"a3\",%d]]},"
                + "\"last\":{\"from\":\"a1\",\"to\":\"a3\",\"amount\":%d}}}";
        List<String> ok = List.of(init, String.format(move, 3, 0, 6, 3));
        assertEquals(2, assertInstanceOf(Verdict.Conforms.class, validate(v, spec, ok, "bank-ok").verdict()).events());

        List<String> zero = List.of(init, String.format(move, 0, 3, 3, 0));
        Verdict.DoesNotConform d = assertFailsAt(validate(v, spec, zero, "bank-zero"), 2, Verdict.Divergence.ACTION_FALSE);
        assertTrue(d.witness().message().contains("not one of the next-state relation"), d.witness().message());

        List<String> overdraft = List.of(init, String.format(move, 4, -1, 7, 4));
        d = assertFailsAt(validate(v, spec, overdraft, "bank-overdraft"), 2, Verdict.Divergence.ACTION_FALSE);
        assertEquals("amount <= bal[from]", d.witness().conjunct().text());
    }

    private ValidationResult validate(Validator v, Path spec, List<String> log, String name) throws Exception {
        Path f = Fixtures.write(tmp.resolve(name + ".ndjson"), log);
        return v.validate(ValidationRequest.of(spec, Fixtures.cfgOf(spec), List.of(f)));
    }

    static Verdict.DoesNotConform assertFailsAt(ValidationResult r, long line, Verdict.Divergence kind) {
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, r.verdict(), () -> r.verdict().toString());
        assertEquals(line, d.witness().line(), () -> d.witness().toString());
        assertEquals(line - 1, d.events());
        if (kind != null) {
            assertEquals(kind, d.witness().kind(), () -> d.witness().toString());
        }
        assertTrue(r.problems().isEmpty());
        return d;
    }

    /** A line k >= 3 (1-based, not the last) whose state differs from the previous and the next. */
    static int changingLine(List<String> log, Random random) throws Exception {
        List<Integer> ok = new ArrayList<>();
        for (int k = 3; k < log.size(); k++) {
            JsonNode prev = state(log.get(k - 2));
            JsonNode cur = state(log.get(k - 1));
            JsonNode next = state(log.get(k));
            if (!prev.equals(cur) && !cur.equals(next) && !prev.equals(next)) {
                ok.add(k);
            }
        }
        assertFalse(ok.isEmpty());
        return ok.get(random.nextInt(ok.size()));
    }

    /** A line s >= 2 such that lines s and s+1 change the state and differ in their states. */
    static int swappableLine(List<String> log, Random random) throws Exception {
        List<Integer> ok = new ArrayList<>();
        for (int s = 2; s < log.size(); s++) {
            JsonNode a = state(log.get(s - 2));
            JsonNode b = state(log.get(s - 1));
            JsonNode c = state(log.get(s));
            if (!a.equals(b) && !b.equals(c) && !a.equals(c)) {
                ok.add(s);
            }
        }
        assertFalse(ok.isEmpty());
        return ok.get(random.nextInt(ok.size()));
    }

    /**
     * {line k, line j, variable index} such that line k's action never changes that variable
     * anywhere in the log and line j holds another value of it; null when the log has none.
     */
    static int[] keptVariableLine(List<String> log) throws Exception {
        java.util.Map<String, java.util.Set<String>> changes = new java.util.HashMap<>();
        for (int k = 2; k <= log.size(); k++) {
            JsonNode prev = state(log.get(k - 2));
            JsonNode cur = state(log.get(k - 1));
            String action = JSON.readTree(log.get(k - 1)).path("action").asText();
            for (Iterator<String> it = cur.fieldNames(); it.hasNext(); ) {
                String var = it.next();
                if (!cur.get(var).equals(prev.get(var))) {
                    changes.computeIfAbsent(action, a -> new java.util.HashSet<>()).add(var);
                }
            }
        }
        for (int k = 3; k <= log.size(); k++) {
            JsonNode cur = state(log.get(k - 1));
            String action = JSON.readTree(log.get(k - 1)).path("action").asText();
            List<String> vars = new ArrayList<>();
            cur.fieldNames().forEachRemaining(vars::add);
            for (int i = 0; i < vars.size(); i++) {
                if (changes.getOrDefault(action, java.util.Set.of()).contains(vars.get(i))) {
                    continue;
                }
                for (int j = 1; j <= log.size(); j++) {
                    if (!state(log.get(j - 1)).get(vars.get(i)).equals(cur.get(vars.get(i)))) {
                        return new int[] {k, j, i};
                    }
                }
            }
        }
        return null;
    }

    /** {@code line} with its {@code var}-th variable set to its value in {@code other}. */
    static String withValueOf(String line, String other, int var) throws Exception {
        ObjectNode o = (ObjectNode) JSON.readTree(line);
        ObjectNode st = (ObjectNode) o.get("state");
        List<String> vars = new ArrayList<>();
        st.fieldNames().forEachRemaining(vars::add);
        st.set(vars.get(var), state(other).get(vars.get(var)));
        String out = JSON.writeValueAsString(o);
        assertNotEquals(line, out);
        return out;
    }

    static JsonNode state(String line) throws Exception {
        return JSON.readTree(line).get("state");
    }

    /** The line with one variable the step changed set to a value of the wrong type. */
    static String withWrongValue(String before, String line) throws Exception {
        ObjectNode o = (ObjectNode) JSON.readTree(line);
        JsonNode prev = state(before);
        ObjectNode st = (ObjectNode) o.get("state");
        for (Iterator<String> it = st.fieldNames(); it.hasNext(); ) {
            String var = it.next();
            if (!st.get(var).equals(prev.get(var))) {
                st.put(var, "lockstep-wrong-value");
                String out = JSON.writeValueAsString(o);
                assertNotEquals(line, out);
                return out;
            }
        }
        throw new AssertionError("no variable changes at " + line);
    }

    static String withAction(String line, String action) throws Exception {
        ObjectNode o = (ObjectNode) JSON.readTree(line);
        o.put("action", action);
        return JSON.writeValueAsString(o);
    }
}
