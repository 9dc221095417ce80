package dev.lockstep.speclang.resolve;

import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.ast.Bound;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.ast.OpDecl;
import dev.lockstep.speclang.ast.Operator;
import dev.lockstep.speclang.ast.ProofStep;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.Severity;
import dev.lockstep.speclang.diag.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links every use of a name to its definition and reports what SANY's semantic analysis would:
 * unknown names and operator symbols (LS201), names declared twice in nested scopes (LS202),
 * operators applied to the wrong number of arguments (LS203), modules that cannot be found (LS204);
 * then, when all names are known, levels ({@link LevelChecker}: LS205-LS208; {@link CheckedSpec#of}).
 *
 * <p>Scopes follow Specifying Systems, chapter 17: the module's declarations and definitions in
 * order (a definition is visible after it, or after its RECURSIVE declaration), the exported
 * symbols of EXTENDS'd and INSTANCE'd modules (LOCAL ones are not exported), operator parameters,
 * bound variables of quantifiers, CHOOSE, set and function constructors and LAMBDA, LET
 * definitions, NEW symbols, PICK/TAKE variables and DEFINE steps of proofs; and for a PlusCal
 * algorithm its variables, define block, procedure parameters and locals, process locals and
 * {@code self} ({@link AlgorithmScopes}). Proofs ({@link ProofScopes}), module instances and their
 * substitutions ({@link Instances}), selector chains ({@link Selectors}) and operator arguments'
 * arities ({@link ArgumentArities}) each have their own class, which this walk calls. A fresh
 * resolver per call: no shared state.
 */
public final class Resolver {
    private final ModuleLoader loader;
    final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    /** Errors SANY finds only after its semantic pass, reported when the names have no error. */
    final List<Diagnostic> afterNames = new ArrayList<>();
    final ModuleExports modules;
    boolean reportUnknown = true;
    boolean checkDuplicates = true;
    /**
     * Which symbol in scope a new one is checked against (the one in scope, the new one); null:
     * every one. Set while a define block is resolved ({@link AlgorithmScopes}).
     */
    java.util.function.BiPredicate<Symbol, Symbol> clashes;
    /** The name being resolved is an argument of an operator application (it may name an operator). */
    private boolean operatorArgument;
    /** Proofs, BY/USE/HIDE and ASSUME/PROVE ({@link ProofScopes}). */
    private final ProofScopes proofs = new ProofScopes(this);
    /** The arities operators' parameters take ({@link ArgumentArities}). */
    private final ArgumentArities arities = new ArgumentArities(this);
    /** INSTANCE and named instances, their substitutions ({@link Instances}). */
    private final Instances instances = new Instances(this, arities);
    /** Selector chains {@code I!F}, {@code Op!lab} ({@link Selectors}). */
    private final Selectors selectors = new Selectors(this, instances);
    private Resolver(ModuleLoader loader, boolean checkImports, Map<String, List<Diagnostic>> checkedModules) {
        this.loader = loader;
        this.modules = new ModuleExports(loader, diagnostics, checkImports, checkedModules);
    }

    /**
     * Resolves the root module (and its algorithm), looking for other modules beside the file, then
     * in Lockstep's library.
     */
    public static ResolvedSpec resolve(ParseResult parsed) {
        return resolve(parsed, List.of());
    }

    /**
     * Resolves the root module, looking for other modules beside the file, then in
     * {@code libraryDirs}, then in Lockstep's library ({@link ModuleLoader#searchPath}).
     */
    public static ResolvedSpec resolve(ParseResult parsed, List<Path> libraryDirs) {
        Path dir = parsed.file() == null ? null : parsed.file().toAbsolutePath().getParent();
        return resolve(parsed, ModuleLoader.searchPath(dir, libraryDirs));
    }

    public static ResolvedSpec resolve(ParseResult parsed, ModuleLoader loader) {
        return check(parsed, loader, true, false, new HashMap<>()).resolved();
    }

    /** Names only, no level check: how the level checker reads the modules a spec EXTENDS from other files. */
    static ResolvedSpec resolveNames(ParseResult parsed, ModuleLoader loader) {
        return check(parsed, loader, false, false, new HashMap<>()).resolved();
    }

    static CheckedSpec check(ParseResult parsed, ModuleLoader loader, boolean checkLevels, boolean levels,
                             Map<String, List<Diagnostic>> checkedModules) {
        Resolver r = new Resolver(loader, checkLevels, checkedModules);
        Optional<Module> root = parsed.module();
        if (root.isEmpty()) {
            return new CheckedSpec(new ResolvedSpec(parsed, List.of(), List.of()), Map.of());
        }
        if (!parsed.hasErrors()) {
            Scope scope = r.moduleScope(root.get(), null, true);
            parsed.algorithm().ifPresent(a -> new AlgorithmScopes(r).algorithm(a, scope));
            r.proofs.moduleFactsChecked(root.get().name().text());
            parsed.algorithm().ifPresent(a -> r.diagnostics.addAll(
                    TranslationNames.check(a, parsed.text(), root.get().name().text(), scope::lookup)));
            boolean named = r.diagnostics.stream().noneMatch(Diagnostic::isError); // SANY: levels once names are known
            if (named && !r.afterNames.isEmpty()) {
                r.diagnostics.addAll(r.afterNames);
                return new CheckedSpec(new ResolvedSpec(parsed, r.references, r.diagnostics), Map.of());
            }
            LevelChecker.Result lv = checkLevels && (named || levels)
                    ? LevelChecker.check(root.get(), r.references, loader, levels) : new LevelChecker.Result(List.of(), Map.of());
            if (named) {
                r.diagnostics.addAll(lv.diagnostics());
            }
            return new CheckedSpec(new ResolvedSpec(parsed, r.references, r.diagnostics), lv.definitions());
        }
        // a tree rebuilt after syntax errors: links are still useful (an editor mid-edit), name
        // diagnostics would mostly echo the syntax errors, so they are withheld
        r.reportUnknown = false;
        r.checkDuplicates = false;
        try {
            Scope scope = r.moduleScope(root.get(), null, true);
            parsed.algorithm().ifPresent(a -> new AlgorithmScopes(r).algorithm(a, scope));
        } catch (RuntimeException e) {
            // an incomplete tree the walk did not foresee: keep the links found so far
        }
        return new CheckedSpec(new ResolvedSpec(parsed, r.references, List.of()), Map.of());
    }

    // ------------------------------------------------------------------ scopes

    void error(DiagnosticCode code, SourceRange range, String message) {
        diagnostics.add(Diagnostic.error(code, range, message));
    }

    /**
     * How a name comes into scope; SANY treats each way differently when the name is taken
     * ({@code Context.mergeExtendContext}, {@code SymbolTable.addSymbol}, and its definition checks).
     */
    enum Binding {
        /** Merged from an EXTENDS'd module: a clash of the same class of symbol only warns. */
        EXTENDS,
        /** Declared: a clash of the same kind and arity only warns. */
        DECLARE,
        /** Imported by INSTANCE: as declared; the same definition again is silent only from a module without parameters. */
        IMPORT,
        /** An operator or function definition (also in LET): the name must be new. */
        DEFINE,
        /** A parameter or bound variable: the name must be new. */
        BOUND,
        /** Not checked (proof steps may reuse names). */
        UNCHECKED
    }

    void declare(Scope scope, Symbol sym, Binding how) {
        declare(scope, sym, how, sym.definition());
    }

    /** Declares {@code sym}; a clash is reported at {@code at} (the EXTENDS or INSTANCE for an imported name). */
    void declare(Scope scope, Symbol sym, Binding how, SourceRange at) {
        // SANY's lexer reads TRUE, FALSE, BOOLEAN and STRING as names: defining, declaring or binding one clashes
        if ((how == Binding.DEFINE || how == Binding.DECLARE || how == Binding.BOUND) && checkDuplicates
                && StandardModules.BUILT_IN.contains(sym.name())) {
            error(DiagnosticCode.LS202_DUPLICATE_DEFINITION, at, "'" + sym.name() + "' is a built-in operator and cannot be redefined");
        }
        // an EXTENDS merges into the module's own context: an enclosing module's names do not clash
        Symbol existing = how == Binding.EXTENDS ? scope.symbols.get(sym.name()) : scope.lookup(sym.name());
        if (existing != null && clashes != null && !clashes.test(existing, sym)) {
            existing = null;
        }
        if (existing == null || how == Binding.UNCHECKED || !checkDuplicates
                || existing.sameOrigin(sym) && (how != Binding.IMPORT || modules.parameterFree(sym.module()))) {
            scope.symbols.put(sym.name(), sym);
            return;
        }
        if (how == Binding.DEFINE && existing.kind() == Symbol.Kind.OPERATOR && existing.arity() == sym.arity()
                && scope.symbols.get(sym.name()) == existing && recursiveDeclared.contains(existing)
                && sym.kind() == Symbol.Kind.OPERATOR) {
            scope.symbols.put(sym.name(), sym); // the definition of a RECURSIVE declaration
            return;
        }
        boolean error = switch (how) {
            case EXTENDS -> symbolClass(existing) != symbolClass(sym);
            case DECLARE, IMPORT -> !sameKindAndArity(existing, sym);
            default -> true;
        };
        List<Diagnostic.Related> rel = existing.definition() == null ? List.of()
                : List.of(new Diagnostic.Related(existing.definition(), "first defined here"));
        String where = existing.module() != null && existing.definition() == null ? " (by module " + existing.module() + ")" : "";
        if (error) {
            diagnostics.add(new Diagnostic(DiagnosticCode.LS202_DUPLICATE_DEFINITION, Severity.ERROR, at,
                    "'" + sym.name() + "' is already defined" + where, rel));
            scope.symbols.put(sym.name(), sym);
        } else {
            // as in SANY, the first definition stays in force
            diagnostics.add(new Diagnostic(DiagnosticCode.LS210_MULTIPLE_DEFINITIONS, Severity.WARNING, at,
                    "'" + sym.name() + "' is also defined" + where + "; the first definition is used", rel));
        }
    }

    /** SANY's node classes, which decide between a warning and an error when EXTENDS merges modules. */
    private static int symbolClass(Symbol s) {
        return switch (s.kind()) {
            case OPERATOR, FUNCTION, INSTANCE -> 0; // OpDefNode
            case CONSTANT, VARIABLE -> 1; // OpDeclNode
            case THEOREM -> 2; // ThmOrAssumpDefNode
            default -> 3 + s.kind().ordinal();
        };
    }

    /** Whether a symbol bound again only warns (SANY's {@code SymbolTable.addSymbol}: the same kind and arity). */
    boolean sameKindAndArity(Symbol a, Symbol b) {
        return sanyKind(a).equals(sanyKind(b)) && a.arity() == b.arity();
    }

    /**
     * SANY's symbol kinds, which decide between a warning and an error when a name is declared again:
     * a NEW symbol of a proof (no module) is of SANY's NewConstantKind, NewVariableKind, NewStateKind,
     * NewActionKind or NewTemporalKind (ASSUME NEW a, ACTION a: "Multiply-defined symbol"), not a CONSTANT.
     */
    private Object sanyKind(Symbol s) {
        if (s.kind() == Symbol.Kind.CONSTANT && s.module() == null) {
            return newKinds.getOrDefault(s, Expr.NewKind.CONSTANT);
        }
        return s.kind() == Symbol.Kind.FUNCTION ? Symbol.Kind.OPERATOR : s.kind();
    }

    /** The kind each NEW symbol of a proof was declared with ({@code NEW VARIABLE x}, {@code NEW ACTION A}, ...). */
    private final Map<Symbol, Expr.NewKind> newKinds = new IdentityHashMap<>();

    private final Set<Symbol> recursiveDeclared = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    Symbol use(Scope scope, Name name) {
        Symbol sym = scope.lookup(name.text());
        if (sym == null) {
            if (reportUnknown) {
                error(DiagnosticCode.LS201_UNKNOWN_NAME, name.range(), "unknown name '" + name.text() + "'");
            }
            return null;
        }
        reference(name.range(), sym);
        return sym;
    }

    /** Links a use of a name, written at {@code at}, to its symbol. */
    void reference(SourceRange at, Symbol sym) {
        references.add(new Reference(at, sym));
    }

    // ------------------------------------------------------------------ modules

    /** Walks a module's units in order; returns the scope after the last unit. */
    private Scope moduleScope(Module m, Scope outer, boolean root) {
        Scope imports = new Scope(outer);
        for (Name ext : m.extendsList()) {
            Map<String, Symbol> ex = modules.exportsOf(ext);
            if (ex != null) {
                ex.values().forEach(s -> declare(imports, s, Binding.EXTENDS, ext.range()));
            }
        }
        Scope scope = new Scope(imports);
        String moduleName = m.name().text();
        for (Unit u : m.units()) {
            recursiveSection(u, scope);
            unit(u, scope, moduleName);
        }
        undefinedRecursive(scope);
        return scope;
    }

    /**
     * SANY's recursive definition section: from a RECURSIVE declaration until its operators are
     * defined, only definitions (and INSTANCEs) may come; a declaration, ASSUME, THEOREM, USE or
     * HIDE, or a nested module there is an error.
     */
    private void recursiveSection(Unit u, Scope scope) {
        String what = u instanceof Unit.Variables ? "A VARIABLE declaration" : u instanceof Unit.Constants ? "A declaration"
                : u instanceof Unit.Assumption ? "An ASSUME" : u instanceof Unit.Theorem ? "A THEOREM"
                : u instanceof Unit.UseOrHide ? "A USE or HIDE" : u instanceof Module ? "A MODULE" : null;
        if (what == null || !checkDuplicates) {
            return;
        }
        scope.symbols.values().stream().filter(recursiveDeclared::contains).findFirst().ifPresent(r ->
                diagnostics.add(new Diagnostic(DiagnosticCode.LS211_RECURSIVE_SECTION, Severity.ERROR, u.range(), what
                        + " may not appear within a recursive definition section ('" + r.name() + "' is declared RECURSIVE and not yet defined)",
                        List.of(new Diagnostic.Related(r.definition(), "declared RECURSIVE here")))));
    }

    /** A RECURSIVE operator must be defined at the level of its declaration: SANY reports it after the level's definitions. */
    private void undefinedRecursive(Scope scope) {
        List<Symbol> undefined = new ArrayList<>(scope.symbols.values().stream().filter(recursiveDeclared::contains).toList());
        unplacedRecursive.forEach((s, at) -> {
            if (at == scope) {
                undefined.add(s);
            }
        });
        for (Symbol s : undefined) {
            if (checkDuplicates) {
                error(DiagnosticCode.LS201_UNKNOWN_NAME, s.definition(), "'" + s.name() + "' is declared RECURSIVE but not defined");
            }
        }
    }

    /** RECURSIVE declarations of a name already in scope (from EXTENDS, INSTANCE or another RECURSIVE), by the scope they are in. */
    private final Map<Symbol, Scope> unplacedRecursive = new java.util.LinkedHashMap<>();

    void unit(Unit u, Scope scope, String moduleName) {
        if (u instanceof Unit.Constants c) {
            for (OpDecl d : c.decls()) {
                Symbol s = new Symbol(d.name().text(), Symbol.Kind.CONSTANT, d.arity(), moduleName, d.name().range());
                arities.expressionArguments(s);
                declare(scope, s, Binding.DECLARE);
            }
        } else if (u instanceof Unit.Variables v) {
            v.names().forEach(n -> declare(scope, new Symbol(n.text(), Symbol.Kind.VARIABLE, 0, moduleName, n.range()), Binding.DECLARE));
        } else if (u instanceof Unit.Recursive r) {
            for (OpDecl d : r.decls()) {
                Symbol s = new Symbol(d.name().text(), Symbol.Kind.OPERATOR, d.arity(), moduleName, d.name().range());
                declare(scope, s, Binding.DECLARE);
                recursiveDeclared.add(s);
                if (scope.symbols.get(s.name()) != s) { // the name was taken and only warns: SANY never defines this one
                    unplacedRecursive.put(s, scope);
                }
            }
        } else if (u instanceof Unit.OperatorDef d) {
            Scope inner = new Scope(scope);
            d.params().forEach(p -> declareParameter(inner, p));
            int nameChecked = diagnostics.size();
            expr(d.body(), inner);
            Symbol op = new Symbol(d.name().text(), Symbol.Kind.OPERATOR, d.params().size(), moduleName, d.name().range());
            arities.defined(op, d.params().stream().map(OpDecl::arity).toList());
            selectors.labelled(op, d.body());
            define(scope, op, nameChecked);
        } else if (u instanceof Unit.FunctionDef f) {
            Symbol fn = new Symbol(f.name().text(), Symbol.Kind.FUNCTION, 0, moduleName, f.name().range());
            Scope inner = new Scope(scope);
            inner.symbols.put(fn.name(), fn);
            // SANY: the function's own name is known in its body, not in its bounds' sets
            f.bounds().stream().filter(b -> b.set() != null).forEach(b -> expr(b.set(), scope));
            Scope body = boundNames(f.bounds(), inner);
            int nameChecked = diagnostics.size();
            expr(f.body(), body);
            selectors.labelled(fn, f.body());
            define(scope, fn, nameChecked);
        } else if (u instanceof Unit.Instance i) {
            instances.imported(i, scope);
        } else if (u instanceof Unit.ModuleDef md) {
            instances.named(md, scope, moduleName);
        } else if (u instanceof Unit.Assumption a) {
            expr(a.body(), scope);
            if (a.name() != null) {
                Symbol thm = new Symbol(a.name().text(), Symbol.Kind.THEOREM, 0, moduleName, a.name().range());
                selectors.labelled(thm, a.body());
                declare(scope, thm, Binding.DECLARE);
            }
        } else if (u instanceof Unit.Theorem t) {
            Scope inner = new Scope(scope);
            if (t.body() instanceof Expr.AssumeProve ap) {
                proofs.assumeProve(ap, inner);
            } else {
                expr(t.body(), inner);
            }
            if (t.name() != null) { // a fact of its own proof too, as in SANY (THEOREM T == P BY T)
                Symbol thm = new Symbol(t.name().text(), Symbol.Kind.THEOREM, 0, moduleName, t.name().range());
                selectors.labelled(thm, t.body());
                if (t.body() instanceof Expr.AssumeProve) {
                    assumeProveNames.add(thm);
                }
                declare(scope, thm, Binding.DECLARE);
            }
            if (t.proof() != null) {
                proofs.proof(t.proof(), new Scope(inner));
            }
        } else if (u instanceof Unit.UseOrHide uh) {
            proofs.useOrHide(uh.facts(), uh.definitions(), scope, uh.range(), uh.hide() ? "HIDE" : "USE");
        } else if (u instanceof Module nested) {
            moduleScope(nested, scope, false);
            modules.nested(nested);
        }
    }

    /**
     * Defines an operator or function whose parameters and body have been resolved. SANY checks the
     * name before the body ({@code Generator.processOperator}, {@code processFunction}: "Operator D
     * already defined or declared", after the parameters' own clashes), and adds the definition after
     * it: the name's clash is reported at {@code nameChecked}, the place the walk had reached then.
     */
    private void define(Scope scope, Symbol definition, int nameChecked) {
        int end = diagnostics.size();
        declare(scope, definition, Binding.DEFINE);
        if (diagnostics.size() > end && nameChecked < end) {
            List<Diagnostic> clash = new ArrayList<>(diagnostics.subList(end, diagnostics.size()));
            diagnostics.subList(end, diagnostics.size()).clear();
            diagnostics.addAll(nameChecked, clash);
        }
    }

    /**
     * An operator's parameter. A parameter that takes arguments ({@code Op(_)}) takes expressions:
     * an operator's name passed to it is an error, as for a declared constant operator.
     */
    void declareParameter(Scope inner, OpDecl p) {
        Symbol s = new Symbol(p.name().text(), Symbol.Kind.PARAMETER, p.arity(), null, p.name().range());
        arities.expressionArguments(s);
        declare(inner, s, Binding.BOUND);
    }

    // ------------------------------------------------------------------ expressions

    /** Declares bound variables (their sets resolved in {@code scope}); returns the scope they live in. */
    private Scope bounds(List<Bound> bs, Scope scope) {
        for (Bound b : bs) {
            if (b.set() != null) {
                expr(b.set(), scope);
            }
        }
        return boundNames(bs, scope);
    }

    /** A scope inside {@code scope} with the bound names. */
    private Scope boundNames(List<Bound> bs, Scope scope) {
        Scope inner = new Scope(scope);
        for (Bound b : bs) {
            b.names().forEach(n -> declare(inner, new Symbol(n.text(), Symbol.Kind.BOUND_VARIABLE, 0, null, n.range()), Binding.BOUND));
        }
        return inner;
    }

    void exprs(List<Expr> es, Scope scope) {
        es.forEach(e -> expr(e, scope));
    }

    /** Arguments of an operator application: a name alone, or {@code I!F}, may be an operator passed as an argument. */
    void operatorArguments(List<Expr> args, Scope scope) {
        operatorArguments(args, scope, null);
    }

    /**
     * As {@link #operatorArguments(List, Scope)}, knowing the arity each parameter takes (null: not
     * known): {@code I!F} stands for an operator only where the parameter takes one; where it takes an
     * expression, F must get its arguments (SANY: "The operator I!F requires 1 arguments").
     */
    private void operatorArguments(List<Expr> args, Scope scope, List<Integer> parameters) {
        for (int i = 0; i < args.size(); i++) {
            Expr a = args.get(i);
            boolean operatorParameter = parameters == null || parameters.size() != args.size() || parameters.get(i) > 0;
            operatorArgument = a instanceof Expr.NameExpr n && n.args().isEmpty() || a instanceof Expr.Selector && operatorParameter;
            expr(a, scope);
            operatorArgument = false;
        }
    }

    void expr(Expr e, Scope scope) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.NameExpr n) {
            String t = n.name().text();
            String step = ProofStep.stepName(t);
            if (step != null) {
                Symbol s = scope.lookup(step);
                if (s == null && reportUnknown) {
                    error(DiagnosticCode.LS201_UNKNOWN_NAME, n.range(), "unknown proof step '" + t + "'");
                } else if (s != null) {
                    reference(n.range(), s);
                    assumeProveUsed(n, s);
                }
            } else if (StandardModules.BUILT_IN.contains(t) && !n.args().isEmpty() && reportUnknown) {
                // TRUE(1): SANY's lexer reads TRUE as a name ("The operator TRUE requires 0 arguments")
                error(DiagnosticCode.LS203_ARITY_MISMATCH, n.range(), "'" + t + "' takes 0 arguments, not " + n.args().size());
            } else if (!t.startsWith("<") && !t.startsWith("MODULE ") && !StandardModules.BUILT_IN.contains(t)) {
                Symbol s = use(scope, n.name());
                assumeProveUsed(n, s);
                if (s != null && s.kind() == Symbol.Kind.INSTANCE && reportUnknown) { // SANY: "Operator name v is incomplete"
                    error(DiagnosticCode.LS203_ARITY_MISMATCH, n.range(), "'" + t + "' is a module instance: name one of its definitions");
                }
                boolean bare = n.args().isEmpty() && !operatorArgument && s != null && s.arity() > 0 && reportUnknown
                        && (s.kind() == Symbol.Kind.OPERATOR || s.kind() == Symbol.Kind.CONSTANT || s.kind() == Symbol.Kind.PARAMETER);
                if (s != null && (!n.args().isEmpty() || bare) && s.arity() >= 0 && s.arity() != n.args().size()
                        && s.kind() != Symbol.Kind.PLUSCAL_MACRO) {
                    // an operator that takes arguments stands alone only as an argument of another
                    error(DiagnosticCode.LS203_ARITY_MISMATCH, n.range(), "'" + t + "' takes " + s.arity()
                            + " argument" + (s.arity() == 1 ? "" : "s") + ", not " + n.args().size());
                }
            }
            arities.check(n, scope);
            Symbol callee = n.args().isEmpty() || !reportUnknown ? null : scope.lookup(t);
            operatorArguments(n.args(), scope, callee == null ? null : arities.of(callee));
        } else if (e instanceof Expr.Selector s) {
            selectors.chain(s, scope, operatorArgument);
        } else if (e instanceof Expr.OpApp o) {
            Operator op = o.op();
            if (op.fixity() != Operator.Fixity.CONSTRUCT) {
                String sym = op == Operator.NEGATE ? "-." : op.symbol();
                if (!StandardModules.BUILT_IN.contains(op.symbol())) {
                    Symbol s = scope.lookup(sym);
                    if (s == null) {
                        if (reportUnknown) {
                            // SANY reports it where the symbol is written, before the arguments' errors
                            error(DiagnosticCode.LS201_UNKNOWN_NAME, o.symbol(), "operator '" + (op == Operator.NEGATE ? "-" : sym)
                                    + "' is not defined here" + hint(op));
                        }
                    } else {
                        reference(o.range(), s);
                    }
                }
            }
            exprs(o.args(), scope);
        } else if (e instanceof Expr.Binder b) {
            Scope inner = bounds(b.bounds(), scope);
            expr(b.body(), inner);
        } else if (e instanceof Expr.Record r) {
            r.fields().forEach(f -> expr(f.value(), scope));
        } else if (e instanceof Expr.FieldAccess f) {
            expr(f.record(), scope);
        } else if (e instanceof Expr.Except x) {
            expr(x.function(), scope);
            for (Expr.ExceptClause c : x.clauses()) {
                c.path().stream().filter(p -> p.index() != null).forEach(p -> exprs(p.index(), scope));
                expr(c.value(), scope);
            }
        } else if (e instanceof Expr.Case c) {
            c.arms().forEach(a -> {
                expr(a.guard(), scope);
                expr(a.value(), scope);
            });
            expr(c.other(), scope);
        } else if (e instanceof Expr.Let l) {
            Scope inner = new Scope(scope);
            l.definitions().forEach(d -> unit(d, inner, null));
            undefinedRecursive(inner);
            expr(l.body(), inner);
        } else if (e instanceof Expr.Junction j) {
            exprs(j.items(), scope);
        } else if (e instanceof Expr.Label l) {
            l.params().forEach(p -> use(scope, p));
            expr(l.body(), scope);
        } else if (e instanceof Expr.AssumeProve ap) {
            proofs.assumeProve(ap, new Scope(scope));
        } else if (e instanceof Expr.NewSymbol n) {
            expr(n.set(), scope);
            Symbol s = new Symbol(n.decl().name().text(), Symbol.Kind.CONSTANT, n.decl().arity(), null, n.decl().name().range());
            arities.expressionArguments(s);
            newKinds.put(s, n.kind());
            declare(scope, s, Binding.DECLARE);
        }
    }

    /** Theorems and proof steps that assert an ASSUME/PROVE: a fact for BY, USE and HIDE, never a formula. */
    final Set<Symbol> assumeProveNames = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** The fact of a BY, USE or HIDE being resolved (a name standing alone there may name an ASSUME/PROVE). */
    private Expr fact;

    /** Resolves a fact of a BY, USE or HIDE. */
    void fact(Expr f, Scope scope) {
        fact = f;
        expr(f, scope);
        fact = null;
    }

    /** SANY's semantic pass: the name of an ASSUME/PROVE stands for no value ("ASSUME/PROVE used where an expression is required"). */
    private void assumeProveUsed(Expr.NameExpr n, Symbol s) {
        if (s != null && n != fact && reportUnknown && assumeProveNames.contains(s)) {
            error(DiagnosticCode.LS108_UNSUPPORTED_EXPRESSION, n.range(), "'" + n.name().text() + "' names an ASSUME/PROVE,"
                    + " which is a fact for BY or USE, not a formula (SANY: \"ASSUME/PROVE used where an expression is required\")");
        }
    }

    private static String hint(Operator op) {
        return switch (op) {
            case PLUS, MINUS, TIMES, POW, LT, GT, LEQ, GEQ, MOD, DIV, DOTDOT -> " (EXTENDS Naturals?)";
            case NEGATE -> " (EXTENDS Integers?)";
            case SLASH -> " (EXTENDS Reals?)";
            case CIRC -> " (EXTENDS Sequences?)";
            case COLON_GT, AT_AT -> " (EXTENDS TLC?)";
            default -> "";
        };
    }
}
