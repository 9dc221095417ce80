package dev.lockstep.speclang.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential corpus ({@code src/test/resources/differential/<group>/}): cases where spec-lang
 * once disagreed with SANY or the PlusCal translator, or shapes written to pin a class of them (every
 * kind of multiple definition, sequential {@code with} bindings, ...), each folder with the reference
 * verdicts recorded from a real run ({@link RecordedVerdicts}). For every file, spec-lang agrees
 * with the recorded verdict (accept/reject, first error line, warnings), and the reference tools,
 * run again, still give it.
 */
class DifferentialCorpusTest {
    static final Path ROOT = Path.of("src/test/resources/differential");

    @TestFactory
    Stream<DynamicTest> agreesWithTheRecordedReferenceVerdicts() throws IOException {
        // SANY extracts its standard modules to java.io.tmpdir: it must exist when this class runs first
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> groups = Files.list(ROOT)) {
            for (Path dir : groups.filter(Files::isDirectory).sorted().toList()) {
                Map<String, ReferenceTools.Verdict> recorded = RecordedVerdicts.read(dir);
                List<String> files = RecordedVerdicts.tlaFiles(dir).stream().map(p -> p.getFileName().toString()).toList();
                assertEquals(files, List.copyOf(recorded.keySet()), dir + ": every file has a recorded verdict");
                for (String name : files) {
                    tests.add(DynamicTest.dynamicTest(ROOT.relativize(dir.resolve(name)).toString(), () -> {
                        ReferenceTools.Verdict ref = recorded.get(name);
                        Optional<Disagreement> d = Disagreement.between(ref, SpecLangJudge.judge(dir.resolve(name)));
                        assertTrue(d.isEmpty(), () -> dir.resolve(name) + ": " + d.get().kind() + "\n" + d.get().detail());
                        ReferenceTools.Verdict live = live(dir, name);
                        assertEquals(RecordedVerdicts.format(name, ref), RecordedVerdicts.format(name, live),
                                () -> "the reference tools no longer give the recorded verdict:\n" + live.output());
                    }));
                }
            }
        }
        return tests.stream();
    }

    private static ReferenceTools.Verdict live(Path dir, String name) {
        try {
            String text = Files.readString(dir.resolve(name));
            return ReferenceTools.judge(new ReferenceTools.Case(dir.toAbsolutePath().toString(), name,
                    text.contains("--algorithm") || text.contains("--fair algorithm")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
