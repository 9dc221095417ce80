package dev.lockstep.bridge.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.Resources;
import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.SpecParser;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.resolve.LockstepLibrary;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tlc2.overrides.Evaluation;
import tlc2.overrides.TLAPlusOperator;
import tlc2.overrides.TLCOverrides;

/**
 * docs/check.md's table of the module library says what the library is: every shipped module, its
 * operators (and theorems), and which of them TLC evaluates in Java. This test reads the table and
 * compares it with the modules themselves (parsed by spec-lang) and with the override annotations,
 * and checks that every operator is exercised by the library's test modules.
 */
class LibraryDocsTest {
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\|(.*)$");

    /**
     * Operators no TLC can evaluate (they quantify over infinite sets, as their upstream definitions
     * do: they exist for proofs) or tested from Java, not in a test module, with the reason.
     */
    private static final Map<String, String> NOT_IN_TEST_MODULES = Map.of(
            "NatInductiveDefHypothesis", "compares with a function on Nat (proofs only)",
            "NatInductiveDefConclusion", "compares with a function on Nat (proofs only)",
            "IsWellFoundedOn", "quantifies over [Nat -> S] (proofs only)",
            "WFDefOn", "quantifies over all functions (proofs only)",
            "TLCDefer", "ModuleLibraryTest: TRUE and never evaluated in model checking, LS error in simulation");

    /** One row of the table: the module's operators and theorems, and those evaluated in Java. */
    private record Row(Set<String> names, Set<String> java) {
    }

    private static Path repoFile(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve(relative))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "no " + relative + " above the working directory");
        return dir.resolve(relative);
    }

    /** The library table of docs/check.md, by module. */
    private static Map<String, Row> table() throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(repoFile("docs/check.md"))) {
            Matcher m = ROW.matcher(line);
            if (!m.matches() || !LockstepLibrary.has(m.group(1))) {
                continue;
            }
            List<String> cells = cells(m.group(2));
            assertEquals(2, cells.size(), "a library row has module, operators, Java: " + line);
            Set<String> java = names(cells.get(1));
            rows.put(m.group(1), new Row(names(cells.get(0)), java));
        }
        return rows;
    }

    /** The cells of a table row's rest (after the first cell), split at unescaped bars. */
    private static List<String> cells(String rest) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '\\' && i + 1 < rest.length() && rest.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }

    /**
     * The names of a cell: separated by commas or semicolons, in backticks or not; notes in parentheses,
     * an introduction ending in a colon and the word "theorems" dropped.
     */
    private static Set<String> names(String cell) {
        String text = cell.replaceAll("\\([^)]*\\)", "").replace("`", "");
        text = text.substring(text.indexOf(':') + 1).replace(';', ',').replace("theorems ", "");
        Set<String> names = new TreeSet<>();
        for (String n : text.split(",")) {
            if (!n.isBlank() && !n.strip().equals("no")) {
                names.add(n.strip());
            }
        }
        return names;
    }

    /** The module's public definitions and theorems, as spec-lang parses them. */
    private static Set<String> defined(String module) {
        ParseResult parsed = SpecParser.parse(LockstepLibrary.source(module).orElseThrow(), Path.of(module + ".tla"));
        assertFalse(parsed.hasErrors(), module + ": " + parsed.diagnostics());
        Module m = parsed.module().orElseThrow();
        Set<String> names = new TreeSet<>();
        for (Unit u : m.units()) {
            if (u instanceof Unit.OperatorDef d && !d.local()) {
                names.add(d.name().text());
            } else if (u instanceof Unit.FunctionDef d && !d.local()) {
                names.add(d.name().text());
            } else if (u instanceof Unit.Theorem t && t.name() != null) {
                names.add(t.name().text());
            }
        }
        return names;
    }

    /** The operators of {@code module} that Lockstep's overrides evaluate in Java. */
    private static Set<String> overridden(String module) {
        Set<String> names = new TreeSet<>();
        for (Class<?> c : TLCOverrides.classesOf(List.of(module))) {
            for (Method method : c.getDeclaredMethods()) {
                TLAPlusOperator op = method.getAnnotation(TLAPlusOperator.class);
                if (op != null && op.module().equals(module)) {
                    names.add(op.identifier());
                }
                Evaluation ev = method.getAnnotation(Evaluation.class);
                if (ev != null && ev.module().equals(module)) {
                    names.add(ev.definition());
                }
            }
        }
        return names;
    }

    @Test
    void theTableListsEveryShippedModuleWithExactlyItsOperators() throws IOException {
        Map<String, Row> table = table();
        assertEquals(new TreeSet<>(LockstepLibrary.MODULES), new TreeSet<>(table.keySet()));
        for (String module : LockstepLibrary.MODULES) {
            assertEquals(defined(module), table.get(module).names(), module + ": docs/check.md vs the module");
        }
    }

    @Test
    void theJavaColumnIsWhatTheOverridesEvaluate() throws IOException {
        Map<String, Row> table = table();
        for (String module : LockstepLibrary.MODULES) {
            Set<String> documented = table.get(module).java().equals(Set.of("all")) ? defined(module)
                    : table.get(module).java();
            assertEquals(overridden(module), documented, module + ": the Java column of docs/check.md");
        }
    }

    @Test
    void everyOperatorIsExercisedByTheLibraryTests() throws IOException {
        StringBuilder tests = new StringBuilder();
        for (String t : List.of("LibraryExamples", "LibraryDefinitions", "LibraryIo", "LibraryTrace")) {
            tests.append(Resources.text("library/" + t + ".tla"));
        }
        List<String> untested = new ArrayList<>();
        for (String module : LockstepLibrary.MODULES) {
            Set<String> theorems = theorems(module);
            for (String op : defined(module)) {
                boolean used = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(op) + "(?![A-Za-z0-9_])")
                        .matcher(tests).find();
                if (!used && !theorems.contains(op) && !NOT_IN_TEST_MODULES.containsKey(op)) {
                    untested.add(module + "!" + op);
                }
            }
        }
        assertEquals(List.of(), untested, "operators no library test module uses");
        assertTrue(Arrays.stream(NOT_IN_TEST_MODULES.keySet().toArray(String[]::new))
                .allMatch(op -> LockstepLibrary.MODULES.stream().anyMatch(m -> defined(m).contains(op))));
    }

    private static Set<String> theorems(String module) {
        Module m = SpecParser.parse(LockstepLibrary.source(module).orElseThrow(), Path.of(module + ".tla"))
                .module().orElseThrow();
        Set<String> names = new TreeSet<>();
        for (Unit u : m.units()) {
            if (u instanceof Unit.Theorem t && t.name() != null) {
                names.add(t.name().text());
            }
        }
        return names;
    }
}
