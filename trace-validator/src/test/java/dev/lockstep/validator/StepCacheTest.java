package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.validator.report.HumanReport;
import dev.lockstep.validator.report.JsonReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The direct engine's step cache: a step found to conform is not evaluated again when the log
 * repeats it (same action, parameters and states before and after). It changes no verdict and no
 * report, only the {@code stepCache*} figures of {@code --json}'s stats; a spec whose actions reach
 * an operator whose value can differ between calls ({@code TLCGet}, {@code RandomElement}) is never
 * cached.
 */
class StepCacheTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** One sampled behaviour of PrimaryBackup, logged three times (three runs, each from Init). */
    private List<String> thrice(Path spec) throws Exception {
        List<String> run = Fixtures.sample(spec, 4, 150, tmp.resolve("run.ndjson"));
        assertTrue(run.size() > 100, "behaviour too short: " + run.size());
        List<String> log = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            log.addAll(run);
        }
        return log;
    }

    @Test
    void repeatedStepsAreHitsAndTheReportsAreThoseWithoutTheCache() throws Exception {
        Path spec = Fixtures.librarySpec("PrimaryBackup");
        List<String> log = thrice(spec);
        int run = log.size() / 3;
        Path file = Fixtures.write(tmp.resolve("thrice.ndjson"), log);
        Validator v = Fixtures.validator(tmp);
        ValidationResult cached = validate(v, spec, file, 1);
        assertEquals(log.size(), assertInstanceOf(Verdict.Conforms.class, cached.verdict()).events());
        assertEquals(3, cached.traces().size());
        assertEquals(1L, cached.stats().get("stepCacheOn"));
        // every step of the second and third runs was seen in the first (their Init lines are not looked up)
        long hits = cached.stats().get("stepCacheHits");
        long misses = cached.stats().get("stepCacheMisses");
        assertTrue(hits >= 2L * (run - 1), "hits " + hits);
        assertEquals(3L * (run - 1), hits + misses);
        // the host's heap, measured after it sent the verdict (HostProtocol.Memory)
        assertTrue(cached.stats().get("hostHeapAfterGcBytes") > 0, cached.stats()::toString);
        assertTrue(cached.stats().get("hostOldGenPeakBytes") > 0, cached.stats()::toString);

        ValidationResult uncached = validate(v.withoutStepCache(), spec, file, 1);
        assertEquals(0L, uncached.stats().get("stepCacheOn"));
        assertEquals(0L, uncached.stats().get("stepCacheHits"));
        assertSameReports(uncached, cached);
    }

    @Test
    void aFailureAfterCachedStepsIsReportedAtItsLineAsWithoutTheCache() throws Exception {
        Path spec = Fixtures.librarySpec("PrimaryBackup");
        List<String> log = thrice(spec);
        int run = log.size() / 3;
        // a wrong value in the third run: the steps before it are hits, its state before was never built
        int k = DirectEngineTest.changingLine(log.subList(0, run), new Random(11));
        int at = 2 * run + k;
        List<String> bad = new ArrayList<>(log);
        bad.set(at - 1, DirectEngineTest.withWrongValue(log.get(at - 2), log.get(at - 1)));
        Path file = Fixtures.write(tmp.resolve("bad.ndjson"), bad);
        Validator v = Fixtures.validator(tmp);
        for (int workers : new int[] {1, 2}) {
            ValidationResult cached = validate(v, spec, file, workers);
            Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, cached.verdict());
            assertEquals(at, d.witness().line());
            assertEquals(k - 1, d.events(), "events of its own run before the line");
            assertEquals(Verdict.Divergence.ACTION_FALSE, d.witness().kind());
            // the third run goes to the worker that checked the first: its steps before line k are hits
            assertTrue(cached.stats().get("stepCacheHits") >= k - 2, "hits " + cached.stats());
            assertSameReports(validate(v.withoutStepCache(), spec, file, 1), cached);
        }
    }

    @Test
    void specsReadingTheLevelOrRandomValuesAreNotCached() throws Exception {
        Validator v = Fixtures.validator(tmp);
        // Levels' actions read TLCGet("level"); Dice's reach RandomElement through a definition
        List<String> levels = new ArrayList<>(List.of("{\"action\":\"Init\",\"state\":{\"depth\":1,\"lamp\":\"off\"}}"));
        List<String> dice = new ArrayList<>(List.of("{\"action\":\"Init\",\"state\":{\"face\":1}}"));
        for (int i = 2; i <= 40; i++) {
            levels.add("{\"action\":\"Wait\",\"state\":{\"depth\":" + i + ",\"lamp\":\"off\"}}");
            dice.add("{\"action\":\"Roll\",\"state\":{\"face\":" + (i % 2 + 1) + "}}");
        }
        for (String name : List.of("Levels", "Dice")) {
            Path spec = Fixtures.testSpec(name);
            List<String> lines = name.equals("Levels") ? levels : dice;
            Path file = Fixtures.write(tmp.resolve(name + ".ndjson"), lines);
            ValidationResult r = validate(v, spec, file, 1);
            assertEquals(lines.size(), assertInstanceOf(Verdict.Conforms.class, r.verdict(),
                    () -> name + ": " + r.verdict()).events());
            assertEquals(0L, r.stats().get("stepCacheOn"), name);
            assertEquals(0L, r.stats().get("stepCacheHits"), name);
            assertEquals(0L, r.stats().get("stepCacheMisses"), name);
        }
    }

    /** A line of the Footprints test spec: x and y counters, z a set given as its elements' text. */
    private static String fp(String action, int x, int y, String z) {
        return "{\"action\":\"" + action + "\",\"state\":{\"x\":" + x + ",\"y\":" + y + ",\"z\":{\"#set\":["
                + z + "]}}}";
    }

    @Test
    void aStepChangingWhatItsActionKeepsFailsRightAfterTheSameStepHit() throws Exception {
        Path spec = Fixtures.testSpec("Footprints");
        List<String> log = List.of(
                // Flip keeps y and z (UNCHANGED rest): its fourth step changes y, after the same step hit
                fp("Init", 0, 0, ""), fp("Flip", 1, 0, ""), fp("Flip", 0, 0, ""), fp("Flip", 1, 0, ""),
                fp("Flip", 0, 5, ""),
                // z's text reordered is the same set to TLC; then z changes for real, from the same text
                fp("Init", 0, 0, ""), fp("Mixed", 0, 0, "0"), fp("Flip", 1, 0, "0"), fp("Mixed", 1, 0, "0,1"),
                fp("Flip", 0, 0, "1,0"), fp("Flip", 1, 0, "1,0"), fp("Flip", 0, 0, "0,1,2"),
                // Idle keeps everything: hits whatever the values, until x changes
                fp("Init", 0, 0, ""), fp("Idle", 0, 0, ""), fp("Idle", 0, 0, ""), fp("Count", 0, 1, ""),
                fp("Idle", 0, 1, ""), fp("Idle", 7, 1, ""),
                // Count keeps x by x' = x: the same step with another x hits, one changing x fails
                fp("Init", 0, 0, ""), fp("Flip", 1, 0, ""), fp("Count", 1, 1, ""),
                fp("Init", 0, 0, ""), fp("Count", 0, 1, ""), fp("Count", 1, 2, ""));
        Path file = Fixtures.write(tmp.resolve("footprints.ndjson"), log);
        Validator v = Fixtures.validator(tmp);
        ValidationResult cached = validate(v, spec, file, 1);
        assertSameReports(validate(v.withoutStepCache(), spec, file, 1), cached);
        List<Long> failed = new ArrayList<>();
        for (ValidationResult.Trace t : cached.traces()) {
            if (t.verdict() instanceof Verdict.DoesNotConform d) {
                assertEquals(Verdict.Divergence.ACTION_FALSE, d.witness().kind(), d.toString());
                failed.add(d.witness().line());
            }
        }
        assertEquals(List.of(5L, 12L, 18L, 24L), failed);
        assertTrue(cached.stats().get("stepCacheHits") >= 5, "hits " + cached.stats());
    }

    @Test
    void aStepCheckedAfterHitsReadsTheValuesTheSkippedLinesChanged() throws Exception {
        Path spec = Fixtures.testSpec("Footprints");
        List<String> seed = List.of(fp("Init", 0, 0, ""), fp("Flip", 1, 0, ""), fp("Flip", 0, 0, ""),
                fp("Mixed", 0, 0, "0"));
        List<String> log = new ArrayList<>(seed);
        // twice, so that with two workers (traces go round robin) each has the steps cached
        log.addAll(seed);
        // Flip and Mixed hit (their states are never built), each changing what Count, checked
        // next, keeps: x' = x and UNCHANGED z hold only with x = 1 and z = {0}
        log.addAll(List.of(fp("Init", 0, 0, ""), fp("Flip", 1, 0, ""), fp("Flip", 0, 0, ""), fp("Mixed", 0, 0, "0"),
                fp("Flip", 1, 0, "0"), fp("Count", 1, 1, "0"), fp("Count", 1, 2, "0")));
        // hits, then a Count that changes x: it fails there (line 20)
        log.addAll(seed);
        log.add(fp("Count", 1, 1, "0"));
        Path file = Fixtures.write(tmp.resolve("skipped.ndjson"), log);
        Validator v = Fixtures.validator(tmp);
        for (int workers : new int[] {1, 2}) {
            ValidationResult cached = validate(v, spec, file, workers);
            assertSameReports(validate(v.withoutStepCache(), spec, file, 1), cached);
            List<Long> failed = new ArrayList<>();
            for (ValidationResult.Trace t : cached.traces()) {
                if (t.verdict() instanceof Verdict.DoesNotConform d) {
                    failed.add(d.witness().line());
                }
            }
            assertEquals(List.of(20L), failed, "workers " + workers);
            assertTrue(cached.stats().get("stepCacheHits") >= 7, "workers " + workers + ", hits " + cached.stats());
        }
    }

    @Test
    void raftLogStepsChangingAVariableTheirActionKeepsFailAsWithoutTheCache() throws Exception {
        Path spec = Fixtures.librarySpec("RaftLog");
        List<String> run = Fixtures.sample(spec, 7, 200, tmp.resolve("raft.ndjson"));
        List<String> log = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            log.addAll(run);
        }
        // what each action only keeps (RaftLog.tla's UNCHANGED), read by hand
        Map<String, List<String>> kept = Map.of(
                "Timeout", List.of("messages", "log", "commitIndex", "nextIndex", "matchIndex"),
                "RequestVote", List.of("votedFor", "votesGranted", "commitIndex", "nextIndex", "matchIndex"),
                "DropMessage", List.of("currentTerm", "state", "votedFor", "votesGranted", "log"));
        Validator v = Fixtures.validator(tmp);
        int mutated = 0;
        for (Map.Entry<String, List<String>> e : kept.entrySet()) {
            String bad = null;
            int at = -1;
            for (int k = 2 * run.size() + 1; k < log.size() && bad == null; k++) {
                if (e.getKey().equals(JSON.readTree(log.get(k)).get("action").asText())) {
                    bad = withOtherValue(log.get(k), run, e.getValue());
                    at = k;
                }
            }
            if (bad == null) {
                continue;   // the behaviour has no such step, or the kept variables never change in it
            }
            List<String> lines = new ArrayList<>(log);
            lines.set(at, bad);
            Path file = Fixtures.write(tmp.resolve(e.getKey() + ".ndjson"), lines);
            ValidationResult cached = validate(v, spec, file, 1);
            Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, cached.verdict(), e.getKey());
            assertEquals(at + 1, d.witness().line(), e.getKey());
            assertEquals(Verdict.Divergence.ACTION_FALSE, d.witness().kind(), e.getKey());
            assertTrue(cached.stats().get("stepCacheHits") >= run.size(), "hits " + cached.stats());
            assertSameReports(validate(v.withoutStepCache(), spec, file, 1), cached);
            mutated++;
        }
        assertTrue(mutated >= 2, "steps mutated: " + mutated);
    }

    /** {@code line} with the first of {@code vars} that takes another value somewhere in {@code run} set to it. */
    private static String withOtherValue(String line, List<String> run, List<String> vars) throws Exception {
        ObjectNode o = (ObjectNode) JSON.readTree(line);
        ObjectNode st = (ObjectNode) o.get("state");
        for (String var : vars) {
            for (String other : run) {
                com.fasterxml.jackson.databind.JsonNode value = JSON.readTree(other).get("state").get(var);
                if (!value.equals(st.get(var))) {
                    st.set(var, value);
                    return JSON.writeValueAsString(o);
                }
            }
        }
        return null;
    }

    private static ValidationResult validate(Validator v, Path spec, Path log, int workers) throws Exception {
        return v.validate(ValidationRequest.of(spec, Fixtures.cfgOf(spec), List.of(log)).withWorkers(workers));
    }

    /** The human and JSON reports are identical but for the host's heap and cache figures. */
    static void assertSameReports(ValidationResult expected, ValidationResult actual) {
        assertEquals(json(expected), json(actual));
        assertEquals(human(expected), human(actual));
    }

    private static String json(ValidationResult r) {
        ObjectNode o = JsonReport.render(r, JSON);
        if (o.get("stats") instanceof ObjectNode st) {
            st.remove(List.of("hostOldGenPeakBytes", "hostHeapAfterGcBytes", "stepCacheOn", "stepCacheHits",
                    "stepCacheMisses"));
        }
        return o.toPrettyString();
    }

    private static String human(ValidationResult r) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        HumanReport.render(r, new PrintWriter(out), new PrintWriter(err));
        return out + "\n--\n" + err;
    }
}
