package dev.lockstep.speclang.resolve;

import dev.lockstep.speclang.ast.Substitution;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Module instances for the {@link Resolver} (Specifying Systems, chapter 17): an {@code INSTANCE M
 * WITH p <- e} brings M's definitions into scope, a named one {@code I(x) == INSTANCE M} makes them
 * the parts of {@code I!F} ({@link #exports}, which {@link Selectors} follows). Checked as SANY
 * does: each substitution replaces a CONSTANT or VARIABLE of M once, with a value of its arity; a
 * CONSTANT or VARIABLE left out takes the symbol of that name in scope, which must exist and fit;
 * a named instance defined again joins the first one's definitions. The substituted values are
 * resolved by the resolver this belongs to.
 */
final class Instances {
    private final Resolver names;
    private final ArgumentArities arities;
    /** What {@code I!F} may name for each named instance: the instantiated module's definitions. */
    private final Map<Symbol, Map<String, Symbol>> instanceExports = new IdentityHashMap<>();

    Instances(Resolver names, ArgumentArities arities) {
        this.names = names;
        this.arities = arities;
    }

    /** The definitions a named instance exports ({@code I!F}); null when its module was not found. */
    Map<String, Symbol> exports(Symbol instance) {
        return instanceExports.get(instance);
    }

    /** An unnamed {@code INSTANCE M WITH ...}: M's definitions join {@code scope}. */
    void imported(Unit.Instance i, Scope scope) {
        Map<String, Symbol> ex = substitutions(i, scope);
        if (ex != null) {
            ModuleExports.definitionsOnly(ex).values().forEach(s -> names.declare(scope, s, Resolver.Binding.IMPORT, i.range()));
        }
    }

    /** A named instance {@code I(x) == INSTANCE M WITH ...}, declared in {@code scope}. */
    void named(Unit.ModuleDef md, Scope scope, String moduleName) {
        Scope inner = new Scope(scope);
        md.params().forEach(p -> names.declareParameter(inner, p));
        // I!C names the module's definitions, not its parameters (SANY: "Unknown operator"), so a
        // parameter never clashes with a definition of another instance of the same name
        Map<String, Symbol> all = substitutions(md.instance(), inner);
        Map<String, Symbol> ex = all == null ? null : ModuleExports.definitionsOnly(all);
        Symbol inst = new Symbol(md.name().text(), Symbol.Kind.INSTANCE, md.params().size(), moduleName, md.name().range());
        if (ex != null) { // a module not found has no known exports: I!X is not checked
            instanceExports.put(inst, ex);
        }
        Symbol before = scope.lookup(inst.name());
        names.declare(scope, inst, Resolver.Binding.DECLARE);
        if (before != null && before.kind() == Symbol.Kind.INSTANCE && scope.lookup(inst.name()) == before && ex != null) {
            instanceAgain(before, ex, md.range());
        }
    }

    /**
     * A named instance defined again (only a warning, the first stays in force): as in SANY, the
     * second's definitions join the first's ({@code I!F} of either may be used); a name both define
     * is kept from the first, and is an error when they differ in kind or arity (an operator and
     * a theorem, {@code v(x)} and {@code v[x \in S]}: SANY's {@code SymbolTable.addSymbol},
     * "Multiply-defined symbol 'I!C'").
     */
    private void instanceAgain(Symbol first, Map<String, Symbol> again, SourceRange at) {
        Map<String, Symbol> merged = new LinkedHashMap<>(instanceExports.getOrDefault(first, Map.of()));
        again.forEach((name, sym) -> {
            Symbol had = merged.putIfAbsent(name, sym);
            if (had != null && !names.sameKindAndArity(had, sym) && names.checkDuplicates) {
                names.error(DiagnosticCode.LS202_DUPLICATE_DEFINITION, at, "'" + first.name() + "!" + name + "' is already defined");
            }
        });
        instanceExports.put(first, merged);
    }

    /** Resolves an INSTANCE's substitutions; returns the instantiated module's exports. */
    private Map<String, Symbol> substitutions(Unit.Instance i, Scope scope) {
        Map<String, Symbol> ex = names.modules.exportsOf(i.module());
        Set<String> substituted = new HashSet<>();
        for (Substitution s : i.substitutions()) {
            substituted.add(s.parameter().text());
            names.operatorArguments(List.of(s.value()), scope);
        }
        if (ex != null && names.reportUnknown) {
            Set<String> targets = new HashSet<>();
            for (Substitution s : i.substitutions()) {
                Symbol p = ex.get(s.parameter().text());
                if (p == null || p.kind() != Symbol.Kind.CONSTANT && p.kind() != Symbol.Kind.VARIABLE) {
                    names.error(DiagnosticCode.LS201_UNKNOWN_NAME, s.parameter().range(), "INSTANCE " + i.module().text()
                            + ": '" + s.parameter().text() + "' is not a constant or variable of the module");
                    continue;
                }
                if (!targets.add(p.name())) { // SANY: "Multiple substitutions for symbol 'C' in substitution"
                    names.error(DiagnosticCode.LS202_DUPLICATE_DEFINITION, s.range(), "INSTANCE " + i.module().text() + ": '"
                            + p.name() + "' is substituted twice");
                    continue;
                }
                // SANY: "Expected arity 1 but found operator of arity 0", at the value
                int want = Math.max(0, p.arity());
                Integer got = arities.provided(s.value(), want, false, scope); // a substitution may pass a higher-order one
                if (got != null && got != want && s.value() != null && s.value().range() != null) {
                    names.error(DiagnosticCode.LS203_ARITY_MISMATCH, s.value().range(), "INSTANCE " + i.module().text() + ": '"
                            + s.parameter().text() + "' takes " + ArgumentArities.text(want) + ", not " + ArgumentArities.text(got));
                }
            }
        }
        if (ex != null) {
            // SANY pairs every CONSTANT and VARIABLE of the module with the symbol of that name in scope,
            // substituted or not, and checks the pair before the explicit substitutions replace it
            for (Symbol s : ex.values()) {
                if (s.kind() != Symbol.Kind.CONSTANT && s.kind() != Symbol.Kind.VARIABLE) {
                    continue;
                }
                boolean explicit = substituted.contains(s.name());
                Symbol here = scope.lookup(s.name());
                if (here == null) {
                    if (!explicit) {
                        names.error(DiagnosticCode.LS201_UNKNOWN_NAME, i.module().range(), "INSTANCE " + i.module().text()
                                + ": no substitution for '" + s.name() + "' and no '" + s.name() + "' in scope");
                    }
                } else if (names.reportUnknown && here.kind() == Symbol.Kind.INSTANCE) {
                    names.error(DiagnosticCode.LS203_ARITY_MISMATCH, i.module().range(), "INSTANCE " + i.module().text() + ": '"
                            + s.name() + "' here is a module instance, which cannot stand for the module's " + s.kind().name()
                            .toLowerCase(Locale.ROOT) + " (SANY: \"Module instance identifier where operator should be\")");
                } else if (names.reportUnknown && here.arity() > 0 && s.arity() == 0) {
                    names.error(DiagnosticCode.LS203_ARITY_MISMATCH, i.module().range(), "INSTANCE " + i.module().text() + ": '"
                            + s.name() + "' takes " + s.arity() + " arguments there, " + here.arity() + " here"); // as SANY
                } else if (names.reportUnknown && !explicit && here.arity() == 0 && s.arity() > 0 && names.modules.applies(s.module(), s.name())) {
                    // SANY's semantic pass lets it through; it fails later (an internal error) where the module applies it
                    names.afterNames.add(Diagnostic.error(DiagnosticCode.LS203_ARITY_MISMATCH, i.module().range(), "INSTANCE "
                            + i.module().text() + ": '" + s.name() + "' takes " + s.arity() + " arguments there, none here"));
                }
            }
        }
        return ex;
    }
}
