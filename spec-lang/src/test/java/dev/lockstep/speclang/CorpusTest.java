package dev.lockstep.speclang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.ast.AstDump;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.resolve.ResolvedSpec;
import dev.lockstep.speclang.resolve.Resolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests: each corpus file {@code X.tla} has an {@code X.expected} holding its parse and
 * resolve diagnostics
 * ({@code line:col CODE}, 1-based) and, when it parses, its AST dump. Files under a {@code neg/}
 * folder must be rejected, the others accepted. Run with {@code -Dcorpus.update=true} to rewrite the
 * expected files after an intended change (and review the diff).
 */
class CorpusTest {
    private static final boolean UPDATE = Boolean.getBoolean("corpus.update");

    static String render(ParseResult r) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : Resolver.resolve(r).allDiagnostics()) {
            sb.append(d.range() == null ? "-" : d.range().start().display()).append(' ').append(d.code().id()).append('\n');
        }
        if (!r.hasErrors()) {
            r.modules().forEach(m -> sb.append(AstDump.dump(m)).append('\n'));
            r.algorithm().ifPresent(a -> sb.append(AstDump.dump(a)).append('\n'));
        }
        return sb.toString();
    }

    @TestFactory
    Stream<DynamicTest> corpus() {
        return Corpus.corpusFiles().stream().map(p -> DynamicTest.dynamicTest(Corpus.ROOT.relativize(p).toString(), () -> {
            ParseResult r = SpecParser.parse(p);
            ResolvedSpec resolved = Resolver.resolve(r);
            if (Corpus.isNegative(p)) {
                assertTrue(resolved.hasErrors(), p + " must be rejected");
            } else {
                assertFalse(resolved.hasErrors(), () -> p + " must be accepted: " + resolved.allDiagnostics());
            }
            String actual = render(r);
            Path expectedFile = Path.of(p.toString().replaceAll("\\.tla$", ".expected"));
            if (UPDATE || !Files.exists(expectedFile)) {
                if (!UPDATE) {
                    throw new AssertionError("missing " + expectedFile + " (run with -Dcorpus.update=true)");
                }
                Files.writeString(expectedFile, actual);
            }
            assertEquals(Files.readString(expectedFile), actual, p.toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> exampleSpecsParse() throws IOException {
        return Corpus.specFiles().stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
            ResolvedSpec r = Resolver.resolve(SpecParser.parse(p));
            assertFalse(r.hasErrors(), () -> p + ": " + r.allDiagnostics());
            assertTrue(r.parsed().module().isPresent());
        }));
    }
}
