package dev.lockstep.speclang.resolve;

import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.ast.Unit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The level of every definition the root module sees, by the name it sees it under, as TLC builds
 * the module (Specifying Systems, sections 11.1 and 17.5): its own definitions and those of the
 * modules it EXTENDS (transitively, each module once) as {@code Def}, those of a module
 * instantiated at top level ({@code INSTANCE M WITH p <- e}) as {@code Def}, and those of a named
 * instance without parameters ({@code I == INSTANCE M WITH ...}) as {@code I!Def}. As in SANY, an
 * instantiated definition has the level it has in its module (a substitution may replace a constant
 * by a constant and a variable by at most a state function, so action and temporal levels stay). A
 * later definition of a name replaces an earlier one, in the order the translator's flattened
 * module has them.
 */
final class DefinitionLevels {
    private final LevelChecker checker;
    private final LevelIndex known;
    private final Map<String, Level> levels = new LinkedHashMap<>();

    private DefinitionLevels(LevelChecker checker, LevelIndex known) {
        this.checker = checker;
        this.known = known;
    }

    static Map<String, Level> of(Module root, LevelChecker checker, LevelIndex known) {
        DefinitionLevels d = new DefinitionLevels(checker, known);
        d.module(root, "", new HashSet<>());
        return Map.copyOf(d.levels);
    }

    /** {@code m} with the modules it extends first; {@code extended} holds the modules already seen. */
    private void module(Module m, String prefix, Set<String> extended) {
        extended.add(m.name().text());
        for (Name e : m.extendsList()) {
            Module ext = extended.contains(e.text()) ? null : known.module(e.text());
            if (ext != null) {
                module(ext, prefix, extended);
            }
        }
        for (Unit u : m.units()) {
            if (u instanceof Unit.OperatorDef d) {
                levels.put(prefix + d.name().text(), checker.levelOf(d));
            } else if (u instanceof Unit.FunctionDef f) {
                levels.put(prefix + f.name().text(), checker.levelOf(f));
            } else if (u instanceof Unit.Instance i) {
                instance(i, prefix);
            } else if (u instanceof Unit.ModuleDef md && md.params().isEmpty()) {
                instance(md.instance(), prefix + md.name().text() + "!");
            }
        }
    }

    private void instance(Unit.Instance i, String prefix) {
        Module target = known.module(i.module().text());
        if (target != null) { // else a standard module, or one that cannot be read: nothing the translator defines
            module(target, prefix, new HashSet<>());
        }
    }
}
