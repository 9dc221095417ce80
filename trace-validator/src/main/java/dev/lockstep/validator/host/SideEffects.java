package dev.lockstep.validator.host;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import tla2sany.semantic.OpApplNode;
import tla2sany.semantic.OpArgNode;
import tla2sany.semantic.OpDefNode;
import tla2sany.semantic.SemanticNode;
import tla2sany.semantic.SymbolNode;

/**
 * Whether a step's verdict is a function of the step alone (its action, parameters and two
 * states), which the {@link StepCache} needs: decided once at load, over the definitions the
 * actions reach. The operators of TLC's standard and community modules whose value can differ
 * between two calls with the same arguments, or that act on the world (side effects must still
 * happen on every step), make it no function: {@code TLCGet} (the level, the run's registers),
 * {@code TLCSet}, {@code RandomElement}, {@code Print}, {@code JavaTime}, the {@code Randomization}
 * module, the behaviour so far ({@code TLCExt!Trace}), files and processes ({@code IOUtils},
 * {@code CSV}, {@code Json}). {@code TLCEval} forces evaluation and is a function of its argument,
 * whose definitions are walked like any other.
 */
final class SideEffects {
    /** Module -> its operators whose value is no function of their arguments, or that act. */
    private static final Map<String, Set<String>> IMPURE = Map.of(
            "TLC", Set.of("Print", "PrintT", "TLCGet", "TLCSet", "RandomElement", "JavaTime"),
            "Randomization", Set.of("RandomSubset", "RandomSetOfSubsets", "RandomSubsetSet", "TestRandomSetOfSubsets"),
            "TLCExt", Set.of("TLCGetOrDefault", "TLCGetAndSet", "Trace", "CounterExample", "TLCDefer",
                    "PickSuccessor"),
            "IOUtils", Set.of("IOExec", "IOEnvExec", "IOExecTemplate", "IOEnvExecTemplate", "IOSerialize",
                    "IODeserialize", "Serialize", "Deserialize", "IOEnv"),
            "CSV", Set.of("CSVWrite", "CSVRead", "CSVRecords"),
            "Json", Set.of("JsonSerialize", "ndJsonSerialize", "JsonDeserialize", "ndJsonDeserialize"));

    private SideEffects() {
    }

    /**
     * The first impure operator ({@code Module!Name}) the given expressions reach through the
     * definitions they use, or null when there is none.
     */
    static String first(Iterable<? extends SemanticNode> roots) {
        Set<SemanticNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<SemanticNode> todo = new ArrayDeque<>();
        roots.forEach(r -> push(todo, r));
        while (!todo.isEmpty()) {
            SemanticNode n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            SymbolNode used = n instanceof OpApplNode a ? a.getOperator() : n instanceof OpArgNode o ? o.getOp() : null;
            if (used instanceof OpDefNode d) {
                String impure = impure(d);
                if (impure != null) {
                    return impure;
                }
                push(todo, d);
            }
            SemanticNode[] children = n.getChildren();
            if (children != null) {
                for (SemanticNode c : children) {
                    push(todo, c);
                }
            }
        }
        return null;
    }

    private static void push(Deque<SemanticNode> todo, SemanticNode n) {
        if (n != null) {
            todo.push(n);
        }
    }

    private static String impure(OpDefNode d) {
        OpDefNode source = d.getSource() != null ? d.getSource() : d;
        String module = source.getLocation() == null ? null : source.getLocation().source();
        String name = source.getName().toString();
        Set<String> ops = module == null ? null : IMPURE.get(module);
        return ops != null && ops.contains(name) ? module + "!" + name : null;
    }
}
