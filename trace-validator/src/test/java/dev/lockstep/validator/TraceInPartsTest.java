package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One long trace checked by several workers (the evaluator host cuts it into parts of 1,024 events,
 * each started from the full state of the line before it) gives exactly the verdict and the reports
 * of one worker checking it whole: the same first failure, the same counts per action.
 */
class TraceInPartsTest {
    @TempDir
    Path tmp;

    /** Levels' log of {@code n} lines: line i has depth i, each step a seeded choice of action. */
    private static List<String> levelsLog(int n) {
        Random random = new Random(5);
        List<String> log = new ArrayList<>();
        String lamp = "off";
        log.add("{\"action\":\"Init\",\"state\":{\"depth\":1,\"lamp\":\"off\"}}");
        for (int i = 2; i <= n; i++) {
            boolean toggle = random.nextBoolean();
            if (toggle) {
                lamp = lamp.equals("on") ? "off" : "on";
            }
            log.add("{\"action\":\"" + (toggle ? "Toggle" : "Wait") + "\",\"state\":{\"depth\":" + i + ",\"lamp\":\""
                    + lamp + "\"}}");
        }
        return log;
    }

    @Test
    void eachPartStartsAtTheLevelItsStateHasInTheWholeLog() throws Exception {
        Path spec = Fixtures.testSpec("Levels");
        List<String> log = levelsLog(3000);
        Validator v = Fixtures.validator(tmp);
        Path file = Fixtures.write(tmp.resolve("levels.ndjson"), log);
        ValidationResult two = validate(v, spec, file, 2);
        Verdict.Conforms c = assertInstanceOf(Verdict.Conforms.class, two.verdict(), () -> two.verdict().toString());
        assertEquals(3000, c.events());
        StepCacheTest.assertSameReports(validate(v, spec, file, 1), two);

        // the first step of the third part (line 2049 leaves line 2048's state) logs a wrong depth
        List<String> bad = new ArrayList<>(log);
        bad.set(2048, log.get(2048).replace("\"depth\":2049", "\"depth\":2051"));
        Path badFile = Fixtures.write(tmp.resolve("bad-levels.ndjson"), bad);
        ValidationResult badTwo = validate(v, spec, badFile, 2);
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, badTwo.verdict());
        assertEquals(2049, d.witness().line());
        assertEquals(2048, d.events());
        assertEquals(Verdict.Divergence.ACTION_FALSE, d.witness().kind());
        StepCacheTest.assertSameReports(validate(v, spec, badFile, 1), badTwo);
    }

    @Test
    void aLongSampledTraceFailsAtTheSameLineWithTheSameReportOnTwoWorkers() throws Exception {
        Path spec = Fixtures.librarySpec("PrimaryBackup");
        List<String> log = Fixtures.sample(spec, 3, 2600, tmp.resolve("pb.ndjson"));
        assertTrue(log.size() > 2100, "behaviour too short: " + log.size());
        Validator v = Fixtures.validator(tmp);
        ValidationResult ok = validate(v, spec, Fixtures.write(tmp.resolve("pb-ok.ndjson"), log), 2);
        assertEquals(log.size(), assertInstanceOf(Verdict.Conforms.class, ok.verdict()).events());

        // a wrong value in the third part, and a line after it that fails too: the first one is reported
        int k = 2048 + DirectEngineTest.changingLine(log.subList(2048, log.size()), new Random(9));
        List<String> bad = new ArrayList<>(log);
        bad.set(k - 1, DirectEngineTest.withWrongValue(log.get(k - 2), log.get(k - 1)));
        bad.set(log.size() - 1, bad.get(log.size() - 1).replace("\"action\":\"", "\"action\":\"NoSuch"));
        Path badFile = Fixtures.write(tmp.resolve("pb-bad.ndjson"), bad);
        ValidationResult two = validate(v, spec, badFile, 2);
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, two.verdict());
        assertEquals(k, d.witness().line());
        assertEquals(k - 1, d.events());
        assertEquals(Verdict.Witness.RECENT, d.witness().recent().size(), "the recent lines reach into the part before");
        StepCacheTest.assertSameReports(validate(v, spec, badFile, 1), two);
        StepCacheTest.assertSameReports(validate(v.withoutStepCache(), spec, badFile, 2), two);
    }

    /**
     * Many runs of mixed lengths (prefixes of three sampled behaviours, 1 to 1,500 lines: some cut
     * into parts of 1,024 lines), one of them failing midway: the workers read the log in turns and hand each run, or a part of it, to the
     * least loaded of them, so which worker checks what differs from run to run of the test, and the
     * reports must not.
     */
    @Test
    void manyRunsOfMixedLengthsGetTheSameReportsOnOneTwoAndThreeWorkers() throws Exception {
        Path spec = Fixtures.librarySpec("PrimaryBackup");
        List<List<String>> samples = new ArrayList<>();
        for (int seed = 1; seed <= 3; seed++) {
            samples.add(Fixtures.sample(spec, seed, seed == 3 ? 1500 : 700, tmp.resolve("s" + seed + ".ndjson")));
        }
        List<String> all = new ArrayList<>();
        int failingRun = 17;
        int failingLine = -1;
        int longest = 0;
        int failingRunEnd = -1;
        for (int run = 0; run < 40; run++) {
            List<String> sample = samples.get(run % 3);
            List<String> prefix = sample.subList(0, 1 + (run * 149) % sample.size());
            if (run == failingRun) {
                assertTrue(prefix.size() > 100, "failing run too short: " + prefix.size());
                int k = 64 + DirectEngineTest.changingLine(prefix.subList(64, prefix.size()), new Random(3));
                List<String> bad = new ArrayList<>(prefix);
                bad.set(k - 1, DirectEngineTest.withWrongValue(prefix.get(k - 2), prefix.get(k - 1)));
                prefix = bad;
                failingLine = all.size() + k;
            }
            all.addAll(prefix);
            if (run == failingRun) {
                failingRunEnd = all.size();
            }
            longest = Math.max(longest, prefix.size());
        }
        Path log = Fixtures.write(tmp.resolve("runs.ndjson"), all);
        Validator v = Fixtures.validator(tmp);
        ValidationResult one = validate(v, spec, log, 1);
        assertEquals(40, one.traces().size());
        assertTrue(longest > 1024, "no run longer than a part: " + longest);
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, one.verdict());
        assertEquals(failingLine, d.witness().line());
        assertInstanceOf(Verdict.DoesNotConform.class, one.traces().get(failingRun).verdict());
        // coverage: every conforming line of every run once, the failing run's up to its failure
        long conforming = all.size() - (failingRunEnd - failingLine + 1) - 40;   // Init lines are no action
        assertEquals(conforming, one.coverage().values().stream().mapToLong(Long::longValue).sum());
        for (int workers : new int[] {2, 3}) {
            StepCacheTest.assertSameReports(one, validate(v, spec, log, workers));
        }
    }

    private static ValidationResult validate(Validator v, Path spec, Path log, int workers) throws Exception {
        return v.validate(ValidationRequest.of(spec, Fixtures.cfgOf(spec), List.of(log)).withWorkers(workers));
    }
}
