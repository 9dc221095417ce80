package dev.lockstep.speclang.resolve;

import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.ast.OpDecl;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.diag.SourceRange;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link LevelChecker} looks up: the target of every resolved name, the definitions and named
 * instances of the modules in the file, and those of modules in other files, read through the
 * {@link ModuleLoader} (names only, no level check) the first time one of their definitions is
 * used. One index per check: no shared state.
 */
final class LevelIndex {
    private final Map<SourceRange, Symbol> refs = new HashMap<>();
    /** Definitions in this file by the range of their name (RECURSIVE declarations point at theirs). */
    private final Map<SourceRange, Unit> topLevel = new HashMap<>();
    /** The substitutions of each named instance in this file, by the range of its name. */
    private final Map<SourceRange, Unit.ModuleDef> instances = new HashMap<>();
    private final Set<String> fileModules = new HashSet<>();
    private final Map<String, Module> nestedByName = new HashMap<>();
    private final ModuleLoader loader;
    private final Set<String> externalTried = new HashSet<>();
    /** Definitions of modules read from other files: their levels count, their errors are theirs. */
    private final Set<Object> externalDefs = Collections.newSetFromMap(new IdentityHashMap<>());

    LevelIndex(List<Reference> references, ModuleLoader loader) {
        this.loader = loader;
        for (Reference r : references) {
            refs.put(r.range(), r.target());
        }
    }

    /** What the name or operator symbol used at {@code use} resolves to, or null. */
    Symbol symbol(SourceRange use) {
        return refs.get(use);
    }

    /** The definition (in this file or one read) whose name is at {@code name}, or null. */
    Unit definition(SourceRange name) {
        return topLevel.get(name);
    }

    /** The named instance ({@code I == INSTANCE M}) whose name is at {@code name}, or null. */
    Unit.ModuleDef instance(SourceRange name) {
        return instances.get(name);
    }

    /** Whether {@code def} comes from a module read from another file. */
    boolean external(Object def) {
        return externalDefs.contains(def);
    }

    /** Indexes {@code m}, its nested modules and their definitions and named instances. */
    void index(Module m) {
        fileModules.add(m.name().text());
        nestedByName.putIfAbsent(m.name().text(), m);
        indexUnits(m.units(), topLevel);
        for (Unit u : m.units()) {
            if (u instanceof Module nested) {
                index(nested);
            } else if (u instanceof Unit.ModuleDef md) {
                instances.put(md.name().range(), md);
            }
        }
    }

    /** The operator and function definitions of {@code units} by name range; RECURSIVE declarations point at theirs. */
    static void indexUnits(List<Unit> units, Map<SourceRange, Unit> into) {
        Map<String, Unit> byName = new HashMap<>();
        for (Unit u : units) {
            if (u instanceof Unit.OperatorDef d) {
                into.put(d.name().range(), d);
                byName.put(d.name().text(), d);
            } else if (u instanceof Unit.FunctionDef f) {
                into.put(f.name().range(), f);
            }
        }
        for (Unit u : units) {
            if (u instanceof Unit.Recursive r) {
                for (OpDecl d : r.decls()) {
                    Unit def = byName.get(d.name().text());
                    if (def != null) {
                        into.put(d.name().range(), def);
                    }
                }
            }
        }
    }

    /** The CONSTANT or VARIABLE {@code name} of the instantiated module, when it is in this file. */
    Symbol parameterOf(Unit.Instance i, String name) {
        Module m = nestedModule(i.module().text());
        if (m == null) {
            return null;
        }
        for (Unit u : m.units()) {
            if (u instanceof Unit.Constants c) {
                for (OpDecl d : c.decls()) {
                    if (d.name().text().equals(name)) {
                        return new Symbol(name, Symbol.Kind.CONSTANT, d.arity(), m.name().text(), d.name().range());
                    }
                }
            } else if (u instanceof Unit.Variables v) {
                for (Name n : v.names()) {
                    if (n.text().equals(name)) {
                        return new Symbol(name, Symbol.Kind.VARIABLE, 0, m.name().text(), n.range());
                    }
                }
            }
        }
        return null;
    }

    /** The module {@code name}: one in this file, or one read from another file; null when neither. */
    Module module(String name) {
        if (!fileModules.contains(name)) {
            loadExternal(name);
        }
        return nestedModule(name);
    }

    private Module nestedModule(String name) {
        return fileModules.contains(name) ? nestedByName.get(name) : null;
    }

    /** Whether {@code s} is defined in a module whose definitions are indexed (reading it from its file if need be). */
    boolean inFile(Symbol s) {
        if (s.definition() == null) {
            return false;
        }
        if (s.module() != null && !fileModules.contains(s.module())) {
            loadExternal(s.module());
        }
        return s.module() == null || fileModules.contains(s.module());
    }

    private void loadExternal(String name) {
        if (!externalTried.add(name)) {
            return;
        }
        Optional<ParseResult> parsed = loader.load(name);
        if (parsed.isEmpty() || parsed.get().hasErrors() || parsed.get().module().isEmpty()) {
            return;
        }
        ResolvedSpec names = Resolver.resolveNames(parsed.get(), loader);
        if (names.hasErrors()) {
            return;
        }
        names.references().forEach(r -> refs.putIfAbsent(r.range(), r.target()));
        Map<SourceRange, Unit> before = new HashMap<>(topLevel);
        index(parsed.get().module().get());
        topLevel.forEach((range, def) -> {
            if (!before.containsKey(range)) {
                externalDefs.add(def);
            }
        });
    }
}
