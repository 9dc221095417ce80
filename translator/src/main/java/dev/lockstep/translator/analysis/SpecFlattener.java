package dev.lockstep.translator.analysis;

import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.ast.OpDecl;
import dev.lockstep.speclang.ast.Substitution;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.resolve.LockstepLibrary;
import dev.lockstep.speclang.resolve.ModuleLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One module holding the whole spec, as TLC sees it from the root module (Specifying Systems,
 * sections 11.1 and 17.5): the declarations and definitions of every user module the root
 * EXTENDS (transitively, each module once), the definitions of modules instantiated at top level
 * ({@code INSTANCE M WITH p <- e}) with the substitutions applied, and those of named instances
 * ({@code I == INSTANCE M WITH ...}) under the names {@code I!Def}, to which every {@code I!Def}
 * reference is rewritten. Parameters an instance does not substitute are implicitly substituted by
 * the same name, so instantiated modules contribute no declarations. Standard modules (Naturals,
 * Sequences, TLC, ...) stay in the EXTENDS list. Definitions keep the source ranges of the file
 * they come from; {@link #sources()} holds each file's text.
 */
public final class SpecFlattener {
    private final ModuleLoader loader;
    private final Map<String, Optional<ParseResult>> loaded = new HashMap<>();
    private final Set<String> extended = new LinkedHashSet<>();
    private final Set<String> standard = new LinkedHashSet<>();
    private final Map<Path, String> sources = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    /** Each flattened definition's name to the module that defines it. */
    private final Map<String, String> origins = new LinkedHashMap<>();
    /** The modules that came from Lockstep's library (no module of that name beside the spec or in --library). */
    private final Set<String> library = new LinkedHashSet<>();

    public SpecFlattener(ModuleLoader loader) {
        this.loader = loader;
    }

    /** The whole spec as one module named like {@code root}. */
    public Module flatten(Module root) {
        List<Unit> units = new ArrayList<>();
        extended.add(root.name().text());
        addExtends(root, units);
        addUnits(root, units);
        List<Name> ext = standard.stream().map(n -> new Name(n, root.range())).toList();
        return qualifyInstanceReferences(new Module(root.name(), ext, units, root.range()));
    }

    /** Text of every module file that contributed definitions, by path. */
    public Map<Path, String> sources() {
        return Map.copyOf(sources);
    }

    /**
     * Each definition of the flattened spec ({@code D}, or {@code I!D} through a named instance) to
     * the module that defines it: what a configuration entry scoped to a module ({@code D = [M] v})
     * applies to.
     */
    public Map<String, String> origins() {
        return Map.copyOf(origins);
    }

    /**
     * Each definition that comes from a module of Lockstep's library ({@link LockstepLibrary}, not a
     * user's module of the same name), as {@code Module.Name} by its flattened name: the operators the
     * model checker evaluates in Java for those modules only.
     */
    public Map<String, String> libraryDefinitions() {
        Map<String, String> out = new LinkedHashMap<>();
        origins.forEach((flat, module) -> {
            if (library.contains(module)) {
                out.put(flat, module + "." + flat.substring(flat.lastIndexOf('!') + 1));
            }
        });
        return out;
    }

    /** Modules that could not be found or parsed, one line each. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private void addExtends(Module m, List<Unit> units) {
        for (Name n : m.extendsList()) {
            String name = n.text();
            if (!extended.add(name)) {
                continue;
            }
            Optional<Module> ext = load(name);
            if (ext.isEmpty()) {
                standard.add(name);
                continue;
            }
            addExtends(ext.get(), units);
            addUnits(ext.get(), units);
        }
    }

    private void addUnits(Module m, List<Unit> units) {
        for (Unit u : m.units()) {
            if (u instanceof Unit.Instance inst) {
                instantiate(inst, null, units);
            } else if (u instanceof Unit.ModuleDef md && md.params().isEmpty()) {
                instantiate(md.instance(), md.name().text(), units);
            } else {
                if (u instanceof Unit.OperatorDef d) {
                    origins.put(d.name().text(), m.name().text());
                } else if (u instanceof Unit.FunctionDef f) {
                    origins.put(f.name().text(), m.name().text());
                }
                units.add(u);
            }
        }
    }

    /**
     * The definitions of the instantiated module (with its own EXTENDS and instances), with the
     * substitutions applied and, for a named instance, every definition renamed {@code I!Def}.
     */
    private void instantiate(Unit.Instance inst, String prefix, List<Unit> units) {
        Optional<Module> target = load(inst.module().text());
        if (target.isEmpty()) {
            standard.add(inst.module().text());
            return;
        }
        // the instantiated module seen whole, then projected through the substitutions
        SpecFlattener inner = new SpecFlattener(loader);
        Module whole = inner.flatten(target.get());
        sources.putAll(inner.sources);
        problems.addAll(inner.problems);
        standard.addAll(inner.standard);
        library.addAll(inner.library);
        Map<String, Expr> subst = new HashMap<>();
        for (Substitution s : inst.substitutions()) {
            subst.put(s.parameter().text(), s.value());
        }
        Set<String> defined = new LinkedHashSet<>();
        for (Unit u : whole.units()) {
            if (u instanceof Unit.OperatorDef d) {
                defined.add(d.name().text());
            } else if (u instanceof Unit.FunctionDef f) {
                defined.add(f.name().text());
            }
        }
        ExprRewriter[] self = new ExprRewriter[1];
        self[0] = new ExprRewriter(e -> {
            if (!(e instanceof Expr.NameExpr n)) {
                return null;
            }
            String name = n.name().text();
            List<Expr> args = n.args().stream().map(self[0]::rewrite).toList();
            if (subst.containsKey(name)) {
                Expr value = subst.get(name);
                if (args.isEmpty()) {
                    return value;
                }
                if (value instanceof Expr.NameExpr v && v.args().isEmpty()) {
                    return new Expr.NameExpr(v.name(), args, n.range());
                }
                return null;
            }
            if (prefix != null && defined.contains(name)) {
                return new Expr.NameExpr(new Name(prefix + "!" + name, n.name().range()), args, n.range());
            }
            return null;
        });
        ExprRewriter rw = self[0];
        for (Unit u : whole.units()) {
            if (u instanceof Unit.OperatorDef d) {
                Name name = prefix == null ? d.name() : new Name(prefix + "!" + d.name().text(), d.name().range());
                origins.put(name.text(), inner.origins.getOrDefault(d.name().text(), inst.module().text()));
                units.add(new Unit.OperatorDef(d.local(), name, d.fixity(), d.params(), rw.rewrite(d.body()), d.range()));
            } else if (u instanceof Unit.FunctionDef f) {
                Name name = prefix == null ? f.name() : new Name(prefix + "!" + f.name().text(), f.name().range());
                origins.put(name.text(), inner.origins.getOrDefault(f.name().text(), inst.module().text()));
                Unit.FunctionDef g = (Unit.FunctionDef) rw.unit(f);
                units.add(new Unit.FunctionDef(g.local(), name, g.bounds(), g.body(), g.range()));
            } else if (u instanceof Unit.Recursive r && prefix != null) {
                units.add(new Unit.Recursive(r.decls().stream().map(d -> new OpDecl(
                        new Name(prefix + "!" + d.name().text(), d.name().range()), d.fixity(), d.arity(), d.range()))
                        .toList(), r.range()));
            } else if (u instanceof Unit.Recursive) {
                units.add(u);
            }
        }
    }

    private Optional<Module> load(String name) {
        Optional<ParseResult> r = loaded.computeIfAbsent(name, loader::load);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        ParseResult p = r.get();
        if (p.hasErrors() || p.module().isEmpty()) {
            problems.add("module " + name + " has syntax errors");
            return Optional.empty();
        }
        if (p.file() != null) {
            sources.put(p.file(), p.text());
            if (p.file().equals(LockstepLibrary.virtualPath(name))) {
                library.add(name);
            }
        }
        return p.module();
    }

    /** Rewrites {@code I!Def(args)} (a selector on a named instance) to the flattened name {@code I!Def}. */
    static Module qualifyInstanceReferences(Module m) {
        Set<String> instances = new LinkedHashSet<>();
        for (Unit u : m.units()) {
            if ((u instanceof Unit.OperatorDef d) && d.name().text().contains("!")) {
                instances.add(d.name().text().substring(0, d.name().text().lastIndexOf('!')));
            }
        }
        if (instances.isEmpty()) {
            return m;
        }
        ExprRewriter[] rw = new ExprRewriter[1];
        rw[0] = new ExprRewriter(e -> {
            if (e instanceof Expr.Selector s && s.base() instanceof Expr.NameExpr b && b.args().isEmpty()
                    && instances.contains(b.name().text())) {
                return new Expr.NameExpr(new Name(b.name().text() + "!" + s.selector().text(), s.range()),
                        s.args().stream().map(rw[0]::rewrite).toList(), s.range());
            }
            return null;
        });
        return new Module(m.name(), m.extendsList(), m.units().stream().map(rw[0]::unit).toList(), m.range());
    }
}
