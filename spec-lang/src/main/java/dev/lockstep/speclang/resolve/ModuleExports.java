package dev.lockstep.speclang.resolve;

import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.Severity;
import dev.lockstep.speclang.diag.SourceRange;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link Resolver}'s view of other modules: what a module named by EXTENDS or INSTANCE
 * exports (nested in the file, standard, or loaded by the {@link ModuleLoader}), and, for a
 * module loaded from another file, whether it has errors or warnings of its own (SANY checks every
 * module of a spec). One per resolution.
 */
final class ModuleExports {
    private final ModuleLoader loader;
    private final List<Diagnostic> diagnostics;
    private final Map<String, Module> nestedModules = new HashMap<>();
    private final Map<String, Map<String, Symbol>> exportCache = new HashMap<>();
    private final Set<String> loading = new HashSet<>();
    /** The labels of each exported definition and theorem (what {@code I!Op!lab} and {@code Op!lab} may name). */
    private final Map<Symbol, Set<String>> labels = new HashMap<>();
    /** The modules read so far (nested or from other files), by name. */
    private final Map<String, Module> read = new HashMap<>();
    /** Check the modules loaded from other files too (a full resolution, not the level checker's names-only one). */
    private final boolean checkImports;
    /**
     * The modules from other files checked in this resolution, shared with the resolvers that
     * check them: name to the problems found in it (empty while it is being checked).
     */
    private final Map<String, List<Diagnostic>> checkedModules;

    ModuleExports(ModuleLoader loader, List<Diagnostic> diagnostics, boolean checkImports,
                  Map<String, List<Diagnostic>> checkedModules) {
        this.loader = loader;
        this.diagnostics = diagnostics;
        this.checkImports = checkImports;
        this.checkedModules = checkedModules;
    }

    /** A nested module of the file, known by name from here on. */
    void nested(Module m) {
        nestedModules.put(m.name().text(), m);
    }

    /** Whether {@code name} is a nested module known by now. */
    boolean isNested(String name) {
        return nestedModules.containsKey(name);
    }

    /** Whether module {@code name} has been read in this resolution (named by an EXTENDS or INSTANCE, transitively). */
    boolean isRead(String name) {
        return exportCache.containsKey(name);
    }

    private void error(DiagnosticCode code, SourceRange range, String message) {
        diagnostics.add(Diagnostic.error(code, range, message));
    }

    /** The public symbols of a module by name: nested, standard or loaded; null (and LS204) if not found. */
    Map<String, Symbol> exportsOf(Name moduleName) {
        String name = moduleName.text();
        Map<String, Symbol> cached = exportCache.get(name);
        if (cached != null) {
            return cached;
        }
        Map<String, Symbol> out = new LinkedHashMap<>();
        Module nested = nestedModules.get(name);
        StandardModules.StdModule std = StandardModules.MODULES.get(name);
        if (nested != null) {
            collectExports(nested, out);
        } else if (std != null) {
            for (String e : std.extendsList()) {
                out.putAll(exportsOf(new Name(e, moduleName.range())));
            }
            for (String op : std.operators()) {
                int slash = op.lastIndexOf('/');
                String n = op.substring(0, slash);
                out.put(n, new Symbol(n, Symbol.Kind.OPERATOR, Integer.parseInt(op.substring(slash + 1)), name, null));
            }
            for (String v : std.variables()) {
                out.put(v, new Symbol(v, Symbol.Kind.VARIABLE, 0, name, null));
            }
        } else {
            if (!loading.add(name)) {
                return out;
            }
            Optional<ParseResult> loaded = loader.load(name);
            if (loaded.isEmpty() || loaded.get().module().isEmpty()) {
                error(DiagnosticCode.LS204_UNKNOWN_MODULE, moduleName.range(), "cannot find module '" + name + "'");
                return null;
            }
            if (checkImports) {
                checkImported(name, loaded.get(), moduleName.range());
            }
            collectExports(loaded.get().module().get(), out);
            loading.remove(name);
        }
        exportCache.put(name, out);
        return out;
    }

    /**
     * Whether module {@code name} (already read) declares no CONSTANT or VARIABLE, its EXTENDS
     * included: SANY's {@code SymbolNode.sameOriginallyDefinedInModule}, which keeps the same definition
     * imported twice by INSTANCE silent only then (the substitutions might differ).
     */
    boolean parameterFree(String name) {
        Map<String, Symbol> ex = name == null ? null : exportCache.get(name);
        return ex == null || ex.values().stream().noneMatch(s -> s.kind() == Symbol.Kind.CONSTANT || s.kind() == Symbol.Kind.VARIABLE);
    }

    /**
     * SANY checks every module of a spec: a module from another file with errors makes the spec
     * fail (LS209 error at the EXTENDS or INSTANCE naming it), one with warnings warns (LS209 warning).
     */
    private void checkImported(String name, ParseResult parsed, SourceRange at) {
        List<Diagnostic> found = checkedModules.get(name);
        if (found == null) {
            checkedModules.put(name, List.of()); // a cycle back to it finds nothing new
            found = Resolver.check(parsed, loader, true, false, checkedModules).allDiagnostics().stream()
                    .filter(d -> d.isError() || d.severity() == Severity.WARNING).toList();
            checkedModules.put(name, found);
        }
        Diagnostic first = found.stream().filter(Diagnostic::isError).findFirst()
                .orElse(found.isEmpty() ? null : found.get(0));
        if (first != null) {
            String file = parsed.file() == null ? name : parsed.file().getFileName().toString();
            String where = first.range() == null ? file : file + ":" + (first.range().start().line() + 1) + ":"
                    + (first.range().start().column() + 1);
            diagnostics.add(new Diagnostic(DiagnosticCode.LS209_MODULE_HAS_ERRORS, first.severity(), at, "module '" + name
                    + "' has " + (first.isError() ? "an error" : "a warning") + ": " + first.message() + " (" + where + ")",
                    List.of()));
        }
    }

    /**
     * Whether module {@code name} (already read) applies operator {@code op} to arguments in one of
     * its definitions, theorems or assumptions.
     */
    boolean applies(String name, String op) {
        Module m = name == null ? null : read.get(name);
        if (m == null) {
            return false;
        }
        ArrayDeque<Expr> todo = new ArrayDeque<>();
        for (Unit u : m.units()) {
            Expr body = u instanceof Unit.OperatorDef d ? d.body() : u instanceof Unit.FunctionDef f ? f.body()
                    : u instanceof Unit.Theorem t ? t.body() : u instanceof Unit.Assumption a ? a.body() : null;
            if (body != null) {
                todo.push(body);
            }
        }
        while (!todo.isEmpty()) {
            Expr e = todo.pop();
            if (e instanceof Expr.NameExpr n && n.name().text().equals(op) && !n.args().isEmpty()) {
                return true;
            }
            Expr.children(e).forEach(todo::push);
        }
        return false;
    }

    /** The labels of an exported definition or theorem; null when not known (a standard module's operator). */
    Set<String> labels(Symbol s) {
        return labels.get(s);
    }

    /**
     * The labels written in a definition's or theorem's body, at any depth but not inside its LET
     * definitions (their labels are theirs): what {@code Op!lab} may name (SANY: "Cannot find label").
     */
    static Set<String> labelsIn(Expr body) {
        Set<String> out = new HashSet<>();
        ArrayDeque<Expr> todo = new ArrayDeque<>();
        if (body != null) {
            todo.push(body);
        }
        while (!todo.isEmpty()) {
            Expr e = todo.pop();
            if (e instanceof Expr.Label l) {
                out.add(l.label().text());
            }
            if (e instanceof Expr.Let let) {
                todo.push(let.body());
            } else {
                Expr.children(e).forEach(todo::push);
            }
        }
        return out;
    }

    /** A module's exports without its CONSTANTs and VARIABLEs: what an INSTANCE of it defines (they are substituted). */
    static Map<String, Symbol> definitionsOnly(Map<String, Symbol> exports) {
        Map<String, Symbol> out = new LinkedHashMap<>();
        exports.forEach((name, sym) -> {
            if (sym.kind() != Symbol.Kind.CONSTANT && sym.kind() != Symbol.Kind.VARIABLE) {
                out.put(name, sym);
            }
        });
        return out;
    }

    private void exportLabelled(Map<String, Symbol> out, Symbol sym, Expr body) {
        out.put(sym.name(), sym);
        labels.put(sym, labelsIn(body));
    }

    private void collectExports(Module m, Map<String, Symbol> out) {
        String mn = m.name().text();
        read.putIfAbsent(mn, m);
        for (Name ext : m.extendsList()) {
            Map<String, Symbol> ex = exportsOf(ext);
            if (ex != null) {
                out.putAll(ex);
            }
        }
        for (Unit u : m.units()) {
            if (u instanceof Unit.Constants c) {
                c.decls().forEach(d -> out.put(d.name().text(), new Symbol(d.name().text(), Symbol.Kind.CONSTANT, d.arity(), mn, d.name().range())));
            } else if (u instanceof Unit.Variables v) {
                v.names().forEach(n -> out.put(n.text(), new Symbol(n.text(), Symbol.Kind.VARIABLE, 0, mn, n.range())));
            } else if (u instanceof Unit.OperatorDef d && !d.local()) {
                exportLabelled(out, new Symbol(d.name().text(), Symbol.Kind.OPERATOR, d.params().size(), mn, d.name().range()), d.body());
            } else if (u instanceof Unit.FunctionDef f && !f.local()) {
                exportLabelled(out, new Symbol(f.name().text(), Symbol.Kind.FUNCTION, 0, mn, f.name().range()), f.body());
            } else if (u instanceof Unit.ModuleDef md && !md.local()) {
                out.put(md.name().text(), new Symbol(md.name().text(), Symbol.Kind.INSTANCE, md.params().size(), mn, md.name().range()));
            } else if (u instanceof Unit.Instance i && !i.local()) {
                Map<String, Symbol> ex = exportsOf(i.module());
                if (ex != null) {
                    out.putAll(definitionsOnly(ex));
                }
            } else if (u instanceof Unit.Theorem t && t.name() != null) {
                exportLabelled(out, new Symbol(t.name().text(), Symbol.Kind.THEOREM, 0, mn, t.name().range()), t.body());
            } else if (u instanceof Unit.Assumption a && a.name() != null) {
                exportLabelled(out, new Symbol(a.name().text(), Symbol.Kind.THEOREM, 0, mn, a.name().range()), a.body());
            } else if (u instanceof Module nested) {
                nestedModules.putIfAbsent(nested.name().text(), nested);
            }
        }
    }

}
