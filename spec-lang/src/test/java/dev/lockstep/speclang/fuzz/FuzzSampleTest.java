package dev.lockstep.speclang.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A fixed-seed sample of the differential fuzzer in CI: 5,000 generated and mutated cases (seed 1),
 * judged by SANY and the PlusCal translator (a warm child JVM) and by spec-lang. Every case is
 * judged, and the cases that disagree are exactly those listed, with their family and kind, in
 * {@code src/test/resources/fuzz-sample/expected-disagreements.txt}: a new disagreement fails the
 * test, and so does a listed one that now agrees (the list only shrinks as classes are fixed). The
 * list is written by a real run, never by hand:
 * {@code bench/fuzz-parse/run.sh --seed 1 --cases 5000 --list spec-lang/src/test/resources/fuzz-sample/expected-disagreements.txt}.
 * The long runs (100,000 cases over three seeds) are {@code bench/fuzz-parse/run.sh} too.
 */
class FuzzSampleTest {
    static final long SEED = 1;
    static final int CASES = 5000;
    static final Path EXPECTED = Path.of("src/test/resources/fuzz-sample/expected-disagreements.txt");

    @Test
    void aFixedSampleDisagreesExactlyWhereListed() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        DifferentialFuzzer.Result r = DifferentialFuzzer.run(SEED, CASES, Path.of("target", "fuzz-sample"), null, false,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        System.out.println(r.summary());
        assertEquals(List.of(), r.unjudged(), "cases the reference tools did not answer");
        Set<String> listed = Files.readAllLines(EXPECTED).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> unlisted = new ArrayList<>();
        Set<String> found = new LinkedHashSet<>();
        for (DifferentialFuzzer.Finding f : r.findings()) {
            String line = DifferentialFuzzer.Result.line(f);
            found.add(line);
            if (!listed.contains(line)) {
                unlisted.add(line + "\n" + f.fuzzCase().root() + f.disagreement().detail());
            }
        }
        List<String> agreeNow = listed.stream().filter(l -> !found.contains(l)).toList();
        assertTrue(unlisted.isEmpty() && agreeNow.isEmpty(), () -> unlisted.size() + " disagreements not listed in " + EXPECTED
                + ", " + agreeNow.size() + " listed ones that no longer disagree" + (agreeNow.isEmpty() ? "" : " (" + String.join("; ",
                agreeNow.subList(0, Math.min(10, agreeNow.size()))) + ")") + ". After a fix, rewrite the list with a real run:"
                + " bench/fuzz-parse/run.sh --seed 1 --cases 5000 --list " + Path.of("spec-lang").resolve(EXPECTED)
                + "\nthe first unlisted ones:\n" + String.join("\n\n", unlisted.subList(0, Math.min(5, unlisted.size()))));
    }
}
