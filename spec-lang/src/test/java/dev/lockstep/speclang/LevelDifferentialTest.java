package dev.lockstep.speclang;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.resolve.Resolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Level checking against SANY: every file of {@code corpus/levels/neg} (one per rule) parses in
 * both, SANY's semantic analysis rejects it, spec-lang reports only level errors (LS205-LS208),
 * and each of them on a line where SANY reports an error. The accepted files of
 * {@code corpus/levels} are accepted by both (through {@link SanyDifferentialTest}, like every
 * corpus file).
 */
class LevelDifferentialTest {
    private static final Set<String> LEVEL_CODES = Set.of("LS205", "LS206", "LS207", "LS208");
    private static final Pattern SANY_LOCATION = Pattern.compile("line (\\d+), col \\d+ to line \\d+, col \\d+ of module");

    @BeforeAll
    static void tmpDir() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @TestFactory
    Stream<DynamicTest> bothRejectLevelErrors() {
        List<Path> files = Corpus.tlaFiles(Corpus.ROOT.resolve("levels").resolve("neg"));
        assertTrue(files.size() >= 20, "one negative file per level rule");
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> bothReject(p)));
    }

    /**
     * Operators from a module in another file ({@code levels-external/LevelsLibrary.tla}, found beside
     * the spec as SANY finds it): {@code Bad*} files both reject with level errors, the others both accept.
     */
    @TestFactory
    Stream<DynamicTest> operatorsFromOtherFiles() {
        List<Path> files = Corpus.tlaFiles(EXTERNAL);
        assertTrue(files.size() >= 4);
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            if (p.getFileName().toString().startsWith("Bad")) {
                bothReject(p);
            } else {
                assertTrue(SanyOracle.check(p).accepted(), "SANY accepts " + p);
                assertFalse(Resolver.resolve(SpecParser.parse(p)).hasErrors(), "spec-lang accepts " + p);
            }
        }));
    }

    private static final Path EXTERNAL = Path.of("src/test/resources/levels-external");

    private static void bothReject(Path p) {
        {
            List<Diagnostic> mine = Resolver.resolve(SpecParser.parse(p)).allDiagnostics().stream()
                    .filter(Diagnostic::isError).toList();
            SanyOracle.Verdict sany = SanyOracle.check(p);
            assertTrue(sany.parsed(), () -> "SANY must parse " + p + ":\n" + sany.output());
            assertFalse(sany.accepted(), () -> "SANY must reject " + p);
            assertFalse(mine.isEmpty(), () -> "spec-lang must reject " + p);
            Set<Integer> sanyLines = new TreeSet<>();
            Matcher m = SANY_LOCATION.matcher(sany.output());
            while (m.find()) {
                sanyLines.add(Integer.parseInt(m.group(1)));
            }
            for (Diagnostic d : mine) {
                assertTrue(LEVEL_CODES.contains(d.code().id()), () -> "not a level error: " + d);
                assertTrue(sanyLines.contains(d.range().start().line() + 1),
                        () -> d + " is on no line SANY reports " + sanyLines + ":\n" + sany.output());
            }
        }
    }
}
