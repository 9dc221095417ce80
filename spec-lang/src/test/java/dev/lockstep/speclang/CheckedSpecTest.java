package dev.lockstep.speclang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.resolve.CheckedSpec;
import dev.lockstep.speclang.resolve.Level;
import dev.lockstep.speclang.resolve.ModuleLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The checked phase's levels against SANY's: for every spec under specs/ and every level corpus
 * file SANY accepts, each definition the root module sees (its own, extended and instantiated
 * modules', {@code I!Def}) has the level SANY's level check gives it, and every definition of the
 * root module itself has one.
 */
class CheckedSpecTest {
    /**
     * Where Lockstep's level is higher than SANY's, and why. SANY does not pass a parameter's level
     * through a LET RECURSIVE operator: {@code AreConnectedIn(n, m, Net)} (UndirectedGraphs, whose
     * {@code Reachable(G, m)} is a recursive {@code Grow}) is constant to SANY though {@code Net}
     * is a state function; Lockstep keeps the state level, which is what the translator needs.
     */
    private static final java.util.Set<String> SANY_RECURSION = java.util.Set.of("LibLinkPartitions.tla Serving");

    @TestFactory
    Stream<DynamicTest> definitionLevelsAreSanys() {
        List<Path> files = new ArrayList<>(Corpus.specFiles());
        files.addAll(Corpus.tlaFiles(Corpus.ROOT.resolve("levels")).stream().filter(p -> !Corpus.isNegative(p)).toList());
        files.addAll(Corpus.tlaFiles(Path.of("src/test/resources/levels-external")));
        return files.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> sameLevels(p)));
    }

    private static void sameLevels(Path file) {
        Map<String, String> sany = SanyOracle.levels(file);
        if (sany.isEmpty()) {
            return; // SANY rejects it (a negative file, or one that needs a module from elsewhere)
        }
        ParseResult parsed = SpecParser.parse(file);
        String root = parsed.module().orElseThrow().name().text();
        CheckedSpec checked = CheckedSpec.of(parsed, ModuleLoader.searchPath(file.toAbsolutePath().getParent(), List.of()));
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> actual = new TreeMap<>();
        sany.forEach((name, levelAndModule) -> {
            String[] parts = levelAndModule.split(" ");
            Level level = Level.values()[Integer.parseInt(parts[0])];
            // SANY also lists an instance's standard-module operators (I!+), which the spec does not define
            if ((parts[1].equals(root) && !name.contains("!") || checked.levelOf(name).isPresent())
                    && !SANY_RECURSION.contains(file.getFileName() + " " + name)) {
                expected.put(name, level.text());
                actual.put(name, checked.levelOf(name).map(Level::text).orElse("missing"));
            }
        });
        assertEquals(expected, actual, file + ": levels of the definitions (SANY's on the left)");
    }

    @Test
    void levelsComeThroughOperatorsLetAndInstances(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("Counter.tla"), """
                ---- MODULE Counter ----
                EXTENDS Naturals
                CONSTANT Limit
                VARIABLE n
                Bump == n' = n + 1
                Small == n < Limit
                ====
                """);
        Path spec = dir.resolve("Pair.tla");
        java.nio.file.Files.writeString(spec, """
                ---- MODULE Pair ----
                EXTENDS Naturals
                VARIABLES a, b
                Twice(op(_)) == op(a) /\\ op(b)
                Moves(v) == v' = v
                Both == Twice(Moves)
                Later == LET Step == a' = a + 1 IN Step
                Check(Step) == Step > 0
                Step == a' = b
                Left == INSTANCE Counter WITH n <- a, Limit <- 3
                Fixed == INSTANCE Counter WITH n <- 7, Limit <- 3
                Spec == a = 0 /\\ [][Step]_<<a, b>>
                Can == ENABLED Step
                ====
                """);
        CheckedSpec checked = CheckedSpec.of(SpecParser.parse(spec), ModuleLoader.searchPath(dir, List.of()));
        assertFalse(checked.hasErrors(), checked.allDiagnostics().toString());
        Map<String, Level> levels = checked.definitionLevels();
        assertEquals(Level.ACTION, levels.get("Both"), "an action only through the operator passed to Twice");
        assertEquals(Level.ACTION, levels.get("Later"), "an action only through a LET definition");
        assertEquals(Level.CONSTANT, levels.get("Check"), "a parameter named like a later action is no action");
        assertEquals(Level.ACTION, levels.get("Left!Bump"));
        assertEquals(Level.STATE, levels.get("Left!Small"));
        assertEquals(Level.STATE, levels.get("Fixed!Small"), "as in SANY, the level in its module, though n <- 7");
        assertEquals(Level.TEMPORAL, levels.get("Spec"));
        assertEquals(Level.STATE, levels.get("Can"));
        assertTrue(checked.levelOf("Nowhere").isEmpty());
        // SANY agrees on every one of them
        sameLevels(spec);
    }

    @Test
    void levelsAreFoundWhereANameIsUnknown(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path spec = dir.resolve("Unknown.tla");
        java.nio.file.Files.writeString(spec, """
                ---- MODULE Unknown ----
                VARIABLE x
                Step == x' = Missing(x)
                Inv == x \\in Nowhere
                ====
                """);
        CheckedSpec checked = CheckedSpec.of(SpecParser.parse(spec), ModuleLoader.searchPath(dir, List.of()));
        assertTrue(checked.hasErrors(), "LS201 for the unknown names");
        assertEquals(Map.of("Step", Level.ACTION, "Inv", Level.STATE), checked.definitionLevels());
    }
}
