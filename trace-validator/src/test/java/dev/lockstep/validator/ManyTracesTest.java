package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log holding several runs, each starting with an {@code Init} line: every run gets its own
 * verdict, whatever the number of workers, and a run that does not conform does not hide the others.
 */
class ManyTracesTest {
    @TempDir
    Path tmp;

    /** Three behaviours of {@code spec} (seeds 1 to 3) of at most {@code steps} lines each. */
    private List<List<String>> sampleRuns(Path spec, int steps) throws Exception {
        List<List<String>> runs = new ArrayList<>();
        for (int seed = 1; seed <= 3; seed++) {
            runs.add(Fixtures.sample(spec, seed, steps, tmp.resolve("run" + seed + ".ndjson")));
        }
        return runs;
    }

    @Test
    void eachRunGetsItsOwnVerdict() throws Exception {
        Path spec = Fixtures.librarySpec("TwoPhaseCommit");
        List<List<String>> runs = sampleRuns(spec, 25);
        List<String> all = new ArrayList<>();
        runs.forEach(all::addAll);
        Path log = Fixtures.write(tmp.resolve("runs.ndjson"), all);
        Validator v = Fixtures.validator(tmp);

        for (int workers : new int[] {1, 2}) {
            ValidationResult r = v.validate(ValidationRequest.of(spec, Fixtures.cfgOf(spec), List.of(log))
                    .withWorkers(workers));
            assertEachRunConforms(r, runs, all, "workers " + workers);
        }

        // the second run's line k logs a value its action does not assign
        List<String> second = runs.get(1);
        int k = DirectEngineTest.changingLine(second, new java.util.Random(7));
        List<String> bad = new ArrayList<>(all);
        int at = runs.get(0).size() + k;
        bad.set(at - 1, DirectEngineTest.withWrongValue(all.get(at - 2), all.get(at - 1)));
        ValidationResult r = v.validate(ValidationRequest.of(spec, Fixtures.cfgOf(spec),
                List.of(Fixtures.write(tmp.resolve("bad.ndjson"), bad))).withWorkers(2));
        assertInstanceOf(Verdict.Conforms.class, r.traces().get(0).verdict());
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, r.traces().get(1).verdict());
        assertEquals(at, d.witness().line());
        assertEquals(k - 1, d.events(), "events of its own run before the line");
        assertInstanceOf(Verdict.Conforms.class, r.traces().get(2).verdict());
        assertEquals(d, r.verdict(), "the log's verdict is its first run that does not conform");
    }

    /**
     * The search engine splits a log as the direct engine does: each run is its own search from the
     * initial states, with the same verdict per run as the direct engine (a later Init line is no
     * step of the spec, so a search of the whole log as one run could not explain it).
     */
    @Test
    void theSearchEngineGivesEachRunItsOwnVerdict() throws Exception {
        Path spec = Fixtures.librarySpec("TwoPhaseCommit");
        List<List<String>> runs = sampleRuns(spec, 12);
        List<String> all = new ArrayList<>();
        runs.forEach(all::addAll);
        Validator v = Fixtures.validator(tmp);

        ValidationResult r = v.validate(ValidationRequest.of(spec, Fixtures.cfgOf(spec),
                List.of(Fixtures.write(tmp.resolve("runs.ndjson"), all))).withEngine(Verdict.Engine.SEARCH)
                .withWorkers(2));
        assertEachRunConforms(r, runs, all, "");

        // two files without clocks: runs of their own, read one after another
        Path first = Fixtures.write(tmp.resolve("a.ndjson"), runs.get(0));
        Path third = Fixtures.write(tmp.resolve("b.ndjson"), runs.get(2));
        ValidationResult files = v.validate(ValidationRequest.of(spec, Fixtures.cfgOf(spec), List.of(first, third))
                .withEngine(Verdict.Engine.SEARCH));
        assertEquals(List.of(first, third), files.traces().stream().map(ValidationResult.Trace::file).toList());
        assertEquals(runs.get(2).size(), assertInstanceOf(Verdict.Conforms.class, files.traces().get(1).verdict()).events());
        assertInstanceOf(Verdict.Conforms.class, files.verdict());

        List<String> bad = new ArrayList<>(all);
        int k = DirectEngineTest.changingLine(runs.get(1), new java.util.Random(7));
        int at = runs.get(0).size() + k;
        bad.set(at - 1, DirectEngineTest.withWrongValue(all.get(at - 2), all.get(at - 1)));
        Path badLog = Fixtures.write(tmp.resolve("bad.ndjson"), bad);
        ValidationResult searched = v.validate(ValidationRequest.of(spec, Fixtures.cfgOf(spec), List.of(badLog))
                .withEngine(Verdict.Engine.SEARCH).withWorkers(2));
        ValidationResult direct = v.validate(ValidationRequest.of(spec, Fixtures.cfgOf(spec), List.of(badLog)));
        assertEquals(3, searched.traces().size());
        for (int i = 0; i < 3; i++) {
            assertEquals(direct.traces().get(i).verdict().getClass(), searched.traces().get(i).verdict().getClass());
        }
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, searched.traces().get(1).verdict());
        assertEquals(at, d.witness().line());
        assertEquals(Verdict.Engine.SEARCH, d.engine());
        assertEquals(d, searched.verdict(), "the log's verdict is its first run that does not conform");
    }

    /** One conforming verdict per run, each starting at its Init line, and one for the whole log. */
    private static void assertEachRunConforms(ValidationResult r, List<? extends List<?>> runs, List<?> all, String what) {
        assertEquals(3, r.traces().size(), () -> what + ": " + r.verdict() + " " + r.diagnostics() + " " + r.problems());
        long line = 1;
        for (int i = 0; i < 3; i++) {
            ValidationResult.Trace t = r.traces().get(i);
            assertEquals(i + 1, t.index());
            assertEquals(line, t.line(), "a run starts at its Init line");
            assertEquals(runs.get(i).size(), assertInstanceOf(Verdict.Conforms.class, t.verdict()).events());
            line += runs.get(i).size();
        }
        assertEquals(all.size(), assertInstanceOf(Verdict.Conforms.class, r.verdict()).events());
    }
}
