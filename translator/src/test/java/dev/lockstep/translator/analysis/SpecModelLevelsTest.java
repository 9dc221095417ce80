package dev.lockstep.translator.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.SpecParser;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.resolve.CheckedSpec;
import dev.lockstep.speclang.resolve.ModuleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * SpecModel classifies definitions by the levels of spec-lang's checked phase: where a name-based
 * classification said otherwise (a parameter named like an action, ENABLED, [A]_v) the level wins,
 * and every definition of the flattened spec has a level from the phase (none falls back).
 */
class SpecModelLevelsTest {
    private static SpecModel model(Path file) {
        ParseResult parsed = SpecParser.parse(file);
        ModuleLoader loader = ModuleLoader.searchPath(file.toAbsolutePath().getParent(), List.of());
        Module whole = new SpecFlattener(loader).flatten(parsed.module().orElseThrow());
        CheckedSpec checked = CheckedSpec.of(parsed, loader);
        return new SpecModel(whole, new SourceText(parsed.text()), checked.definitionLevels());
    }

    @Test
    void actionsAndTemporalFormulasAreTheirLevels(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Counter.tla"), """
                ---- MODULE Counter ----
                EXTENDS Naturals
                CONSTANT Limit
                VARIABLE n
                Bump == n' = n + 1
                Small == n < Limit
                ====
                """);
        Path spec = dir.resolve("Pair.tla");
        Files.writeString(spec, """
                ---- MODULE Pair ----
                EXTENDS Naturals
                VARIABLES a, b
                Twice(op(_)) == op(a) /\\ op(b)
                Moves(v) == v' = v
                Both == Twice(Moves)
                Later == LET Inc == a' = a + 1 IN Inc
                Check(Step) == Step > 0
                Step == a' = b
                Left == INSTANCE Counter WITH n <- a, Limit <- 3
                Go == Left!Bump
                Stutter == [Step]_<<a, b>>
                Spec == a = 0 /\\ [][Step]_<<a, b>>
                Can == ENABLED Step
                ====
                """);
        SpecModel m = model(spec);
        assertTrue(m.isActionDef("Both"), "an action through the operator it passes");
        assertTrue(m.isActionDef("Later"), "an action through a LET definition");
        assertTrue(m.isActionDef("Go") && m.isActionDef("Left!Bump"), "an action through an instance");
        assertFalse(m.isActionDef("Check"), "its parameter Step is not the action Step");
        assertTrue(m.isActionDef("Stutter") && !m.isTemporalDef("Stutter"), "[A]_v is an action");
        assertFalse(m.isTemporalDef("Can") || m.isActionDef("Can"), "ENABLED A is a state predicate");
        assertTrue(m.isTemporalDef("Spec") && !m.isActionDef("Spec"));
        assertTrue(m.isConstantLevel(new dev.lockstep.speclang.ast.Expr.NameExpr(
                new dev.lockstep.speclang.ast.Name("Check", null), List.of(), null)));
        assertFalse(m.isConstantLevel(m.definition("Left!Small").body()));
    }

    @TestFactory
    Stream<DynamicTest> everyDefinitionOfEverySpecHasItsLevel() throws IOException {
        List<Path> specs;
        try (Stream<Path> s = Files.walk(Path.of("..", "specs"))) {
            specs = s.filter(p -> p.toString().endsWith(".tla")).sorted().toList();
        }
        assertTrue(specs.size() >= 40);
        return specs.stream().map(p -> DynamicTest.dynamicTest(p.toString(), () -> {
            ParseResult parsed = SpecParser.parse(p);
            if (parsed.hasErrors()) {
                return;
            }
            ModuleLoader loader = ModuleLoader.searchPath(p.toAbsolutePath().getParent(), List.of());
            Module whole = new SpecFlattener(loader).flatten(parsed.module().orElseThrow());
            CheckedSpec checked = CheckedSpec.of(parsed, loader);
            List<String> missing = whole.units().stream()
                    .map(u -> u instanceof dev.lockstep.speclang.ast.Unit.OperatorDef d ? d.name().text()
                            : u instanceof dev.lockstep.speclang.ast.Unit.FunctionDef f ? f.name().text() : null)
                    .filter(n -> n != null && checked.levelOf(n).isEmpty()).toList();
            assertEquals(List.of(), missing, p + ": definitions without a level from the checked phase");
        }));
    }
}
