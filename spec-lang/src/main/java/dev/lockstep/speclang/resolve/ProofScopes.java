package dev.lockstep.speclang.resolve;

import dev.lockstep.speclang.ast.Bound;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.ast.Proof;
import dev.lockstep.speclang.ast.ProofStep;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Proofs for the {@link Resolver}: the scopes of proof steps (PICK and TAKE bind names, a named step
 * is a fact of the rest of its proof, SUFFICES' assumptions reach its siblings), BY, USE and HIDE with
 * SANY's semantic checks on their facts and DEFs ({@code MODULE M} facts included, checked once the
 * modules the spec reads are known), and ASSUME/PROVE. The expressions themselves are resolved by
 * the resolver this belongs to.
 */
final class ProofScopes {
    private final Resolver names;

    ProofScopes(Resolver names) {
        this.names = names;
    }

    void proof(Proof p, Scope scope) {
        if (p instanceof Proof.Terminal t) {
            if (t.kind() == Proof.TerminalKind.BY) { // BY <1> <1>1: the step label starts a new step, leaving the BY empty
                useOrHide(t.facts(), t.definitions(), scope, t.range(), "BY");
            }
            return;
        }
        for (ProofStep s : ((Proof.Steps) p).steps()) {
            Scope stepScope = new Scope(scope);
            if (names.reportUnknown && s.label() != null && s.label().matches("<[*+]>\\w+\\.*")) {
                names.error(DiagnosticCode.LS107_PROOF_STEP_LEVEL, s.labelRange(), "a named step takes its level as a number: '"
                        + s.label() + "' (SANY: \"<*> and <+> cannot be used for a named step\")");
            }
            // a PICK's names hold in its formula and in the steps after it, not in its own proof
            Scope bound = s.kind() == ProofStep.StepKind.PICK ? new Scope(scope) : scope;
            for (Bound b : s.bounds()) {
                if (b.set() != null) {
                    names.expr(b.set(), scope);
                }
                // PICK and TAKE bind new names, as a bound variable does (SANY: "Multiply-defined symbol")
                b.names().forEach(n -> names.declare(bound, new Symbol(n.text(), Symbol.Kind.BOUND_VARIABLE, 0, null, n.range()), Resolver.Binding.BOUND));
            }
            for (Expr e : s.exprs()) {
                if (e instanceof Expr.AssumeProve ap) {
                    assumeProve(ap, s.kind() == ProofStep.StepKind.SUFFICES ? scope : stepScope);
                } else {
                    names.expr(e, bound);
                }
            }
            for (Unit d : s.definitions()) {
                names.unit(d, scope, null);
            }
            if (s.use() != null) {
                useOrHide(s.use().facts(), s.use().definitions(), scope, s.use().range(), s.use().hide() ? "HIDE" : "USE");
            }
            if (s.name() != null) {
                // a fact of the rest of its proof, its own proof included; named twice, SANY warns
                Symbol step = new Symbol(s.name(), Symbol.Kind.THEOREM, 0, null, s.labelRange());
                if (s.exprs().stream().anyMatch(e -> e instanceof Expr.AssumeProve)) {
                    names.assumeProveNames.add(step);
                }
                names.declare(scope, step, Resolver.Binding.DECLARE);
                if (s.kind() == ProofStep.StepKind.DEFINE || s.kind() == ProofStep.StepKind.USE || s.kind() == ProofStep.StepKind.HIDE) {
                    nonFactSteps.add(step);
                }
            }
            if (s.proof() != null) {
                proof(s.proof(), new Scope(stepScope));
            }
            if (bound != scope) {
                scope.symbols.putAll(bound.symbols);
            }
        }
    }

    /** The names of proof steps that assert nothing (DEFINE, a definition, INSTANCE, USE, HIDE): no facts for BY, USE or HIDE. */
    private final Set<Symbol> nonFactSteps = new HashSet<>();

    /** A BY, USE or HIDE ({@code keyword}, at {@code at}): SANY's parser takes one with no facts and no DEF, its semantic pass rejects it. */
    void useOrHide(List<Expr> facts, List<Name> defs, Scope scope, SourceRange at, String keyword) {
        if (facts.isEmpty() && defs.isEmpty() && names.reportUnknown) {
            names.error(DiagnosticCode.LS102_SYNTAX_ERROR, at, "a " + keyword + " with no facts and no DEF (SANY: \"Empty BY, USE, or HIDE\")");
        }
        facts.forEach(f -> names.fact(f, scope));
        for (Expr f : facts) {
            String step = f instanceof Expr.NameExpr n ? ProofStep.stepName(n.name().text()) : null;
            if (step != null && names.reportUnknown && nonFactSteps.contains(scope.lookup(step))) {
                names.error(DiagnosticCode.LS201_UNKNOWN_NAME, f.range(), "step " + step + " defines or uses, it asserts nothing:"
                        + " no fact (SANY: \"Step number of non-fact used as a fact\")");
            }
        }
        facts.stream().filter(f -> f instanceof Expr.NameExpr n && n.name().text().startsWith("MODULE "))
                .forEach(f -> moduleFact(((Expr.NameExpr) f).name()));
        defs.stream().filter(d -> d.text().startsWith("MODULE ")).forEach(this::moduleFact);
        if (keyword.equals("HIDE") && names.reportUnknown) {
            for (Expr f : facts) {
                Symbol s = f instanceof Expr.NameExpr n && n.args().isEmpty() ? scope.lookup(n.name().text()) : null;
                boolean named = f instanceof Expr.NameExpr n && n.args().isEmpty() && (s == null || s.kind() == Symbol.Kind.THEOREM
                        || n.name().text().startsWith("MODULE "));
                if (!named) { // SANY's semantic pass; a name unknown is reported as such
                    names.error(DiagnosticCode.LS102_SYNTAX_ERROR, f.range(), "a HIDE hides a theorem, an assumption or a step by its"
                            + " name, not an expression or a definition (SANY: \"The only expression allowed as a fact in a HIDE is the"
                            + " name of a theorem, assumption, or step\")");
                }
            }
        }
        for (Name d : defs) {
            if (!d.text().startsWith("MODULE ") && !StandardModules.BUILT_IN.contains(d.text())) {
                Symbol s = names.use(scope, d);
                if (s != null && names.reportUnknown && (s.kind() == Symbol.Kind.CONSTANT || s.kind() == Symbol.Kind.VARIABLE
                        || s.kind() == Symbol.Kind.PARAMETER || s.kind() == Symbol.Kind.BOUND_VARIABLE)) {
                    names.error(DiagnosticCode.LS201_UNKNOWN_NAME, d.range(), "'" + d.text() + "' is not a defined operator (DEF names definitions)");
                }
            }
        }
    }

    /**
     * {@code MODULE M} as a fact or DEF: SANY requires a module of the spec (the module itself, one
     * nested in it before here, or one that an EXTENDS or INSTANCE anywhere in the spec reads,
     * transitively): "Module `M' used without being extended or instantiated". The modules read
     * are known once the walk is done: the check waits for it, its error keeping its place.
     */
    private void moduleFact(Name fact) {
        String name = fact.text().substring("MODULE ".length());
        if (names.reportUnknown && !names.modules.isNested(name)) {
            moduleFacts.add(new ModuleFact(name, fact.range(), names.diagnostics.size()));
        }
    }

    private record ModuleFact(String module, SourceRange at, int errorIndex) {
    }

    private final List<ModuleFact> moduleFacts = new ArrayList<>();

    /** Reports the {@code MODULE M} facts naming no module of the spec (see {@link #moduleFact}), each where the walk met it. */
    void moduleFactsChecked(String rootModule) {
        for (int i = moduleFacts.size() - 1; i >= 0; i--) {
            ModuleFact f = moduleFacts.get(i);
            if (!f.module().equals(rootModule) && !names.modules.isRead(f.module())) {
                names.diagnostics.add(f.errorIndex(), Diagnostic.error(DiagnosticCode.LS204_UNKNOWN_MODULE, f.at(), "module '" + f.module()
                        + "' is neither extended nor instantiated by the spec (SANY: \"used without being extended or instantiated\")"));
            }
        }
        moduleFacts.clear();
    }

    void assumeProve(Expr.AssumeProve ap, Scope scope) {
        for (Expr a : ap.assumptions()) {
            if (a instanceof Expr.AssumeProve inner) {
                assumeProve(inner, new Scope(scope));
            } else {
                names.expr(a, scope);
            }
        }
        names.expr(ap.goal(), scope);
    }
}
