package dev.lockstep.translator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lockstep.speclang.SpecParser;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.print.SpecPrinter;
import dev.lockstep.translator.analysis.SourceText;
import dev.lockstep.translator.analysis.SpecModel;
import dev.lockstep.translator.analysis.TlaType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting Next into actions: which actions, with which parameter types, and the walk the enumeration follows. */
class ActionSplitterTest {
    private static final String HEAD = "---- MODULE M ----\nEXTENDS Naturals\nCONSTANTS Procs, Names\nVARIABLES x, y\n";

    /** Splits the Next of {@code body}; a name bound over Procs is an integer, over Names a string, else any value. */
    private static ActionSplitter.Split split(String body) {
        String text = HEAD + body + "\n====\n";
        var parsed = SpecParser.parse(text, Path.of("M.tla"));
        var levels = dev.lockstep.speclang.resolve.CheckedSpec.of(parsed,
                dev.lockstep.speclang.resolve.ModuleLoader.searchPath(null, List.of())).definitionLevels();
        SpecModel spec = new SpecModel(parsed.module().orElseThrow(), new SourceText(text), levels);
        return ActionSplitter.split(spec, spec.definition("Next"), (set, name) -> {
            String s = SpecPrinter.print(set).strip();
            return s.equals("Procs") ? TlaType.INT : s.equals("Names") ? TlaType.STR : TlaType.ANY;
        });
    }

    @Test
    void disjunctsBecomeActionsInTheOrderNextCallsThem() {
        ActionSplitter.Split s = split("""
                Send(m) == x' = m /\\ UNCHANGED y
                Tick == x' = x + 1 /\\ y' = y
                Next == \\/ \\E p \\in Procs : Send(p)
                        \\/ Tick
                        \\/ x' = 0 /\\ y' = 0
                """);
        assertNull(s.failure());
        assertEquals(List.of("Send", "Tick", "Next"), s.actions().stream().map(ActionModel::logName).toList());
        assertEquals(List.of(new MethodKey.DefinedAction("Send"), new MethodKey.DefinedAction("Tick"),
                new MethodKey.UnnamedAction("Next", 2)), s.actions().stream().map(ActionModel::key).toList());
        assertEquals(List.of("m"), s.actions().get(0).params());
        assertEquals(List.of(TlaType.INT), s.actions().get(0).paramTypes());
        assertEquals(3, s.steps().size());
        ActionSplitter.Exists loop = assertInstanceOf(ActionSplitter.Exists.class, s.steps().get(0));
        assertEquals("p", loop.bounds().get(0).names().get(0).text());
        assertEquals(new ActionSplitter.CallDefined(new MethodKey.DefinedAction("Send"),
                ((ActionSplitter.CallDefined) loop.body().get(0)).args()), loop.body().get(0));
        assertInstanceOf(ActionSplitter.CallUnnamed.class, s.steps().get(2));
    }

    @Test
    void parameterTypesAreMergedOverEveryCall() {
        ActionSplitter.Split s = split("""
                Send(m) == x' = m /\\ UNCHANGED y
                Keep(m) == x' = m /\\ UNCHANGED y
                Next == \\/ \\E p \\in Procs : Send(p)
                        \\/ \\E n \\in Names : Send(n)
                        \\/ \\E p \\in Procs : Keep(p)
                        \\/ \\E q \\in Procs : Keep(q)
                """);
        assertEquals(List.of(TlaType.ANY), s.action(new MethodKey.DefinedAction("Send")).paramTypes());
        assertEquals(List.of(TlaType.INT), s.action(new MethodKey.DefinedAction("Keep")).paramTypes());
        assertEquals(2, s.actions().size());
    }

    @Test
    void anActionThatSplitsFurtherIsExpandedWithItsArguments() {
        ActionSplitter.Split s = split("""
                A(i) == x' = i /\\ UNCHANGED y
                B(i) == y' = i /\\ UNCHANGED x
                Phase(i) == A(i) \\/ B(i)
                Next == \\E n \\in Names : Phase(n)
                """);
        assertEquals(List.of("A", "B"), s.actions().stream().map(ActionModel::logName).toList());
        assertEquals(List.of(TlaType.STR), s.action(new MethodKey.DefinedAction("B")).paramTypes());
        ActionSplitter.Exists loop = (ActionSplitter.Exists) s.steps().get(0);
        ActionSplitter.Expand phase = assertInstanceOf(ActionSplitter.Expand.class, loop.body().get(0));
        assertEquals(List.of("i"), phase.params());
        assertEquals("n", SpecPrinter.print(phase.args().get(0)).strip());
        assertEquals(2, phase.body().size());
    }

    @Test
    void anUnnamedActionTakesTheNamesBoundAroundIt() {
        ActionSplitter.Split s = split("""
                Next == \\/ \\E p \\in Procs, n \\in Names : x' = p /\\ y' = n
                        \\/ \\E p \\in Procs : x' = p /\\ y' = p
                """);
        assertEquals(List.of(new MethodKey.UnnamedAction("Next", 0), new MethodKey.UnnamedAction("Next", 1)),
                s.actions().stream().map(ActionModel::key).toList());
        assertEquals(List.of("p", "n"), s.actions().get(0).params());
        assertEquals(List.of(TlaType.INT, TlaType.STR), s.actions().get(0).paramTypes());
        assertInstanceOf(Expr.OpApp.class, s.actions().get(1).body());
    }

    @Test
    void aCallWithTheWrongNumberOfArgumentsStopsTheSplitKeepingWhatWasFound() {
        ActionSplitter.Split s = split("""
                Tick == x' = x + 1 /\\ y' = y
                Send(m) == x' = m /\\ UNCHANGED y
                Next == Tick \\/ Send(1, 2)
                """);
        assertNotNull(s.failure());
        assertEquals("cannot expand Send", s.failure().getMessage());
        assertEquals(List.of("Tick"), s.actions().stream().map(ActionModel::logName).toList());
    }
}
