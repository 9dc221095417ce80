package dev.lockstep.speclang.resolve;

import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Operator;
import dev.lockstep.speclang.ast.ProofStep;
import dev.lockstep.speclang.diag.DiagnosticCode;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Operator arguments' arities for the {@link Resolver}, as SANY checks them: an operator parameter
 * {@code Op(_)} takes a LAMBDA or an operator's name of that arity, an ordinary parameter an
 * expression; a declared operator ({@code CONSTANT P(_)}) takes expressions only. The same measure
 * ({@link #provided}) checks an INSTANCE substitution's value ({@link Instances}). Known for the
 * operators this module defines or declares; another module's are not checked.
 */
final class ArgumentArities {
    private final Resolver names;
    /**
     * The arity each parameter of an operator defined in this module takes (0: an expression), as
     * SANY checks an application's arguments against it; operators of other modules are not checked.
     */
    private final Map<Symbol, List<Integer>> parameterArities = new HashMap<>();

    ArgumentArities(Resolver names) {
        this.names = names;
    }

    /** Records the arity each parameter of an operator this module defines takes. */
    void defined(Symbol operator, List<Integer> parameters) {
        parameterArities.put(operator, parameters);
    }

    /** The arities the parameters of {@code operator} take; null when not known. */
    List<Integer> of(Symbol operator) {
        return parameterArities.get(operator);
    }

    /** A declared operator ({@code CONSTANT P(_)}, {@code NEW P(_, _)}, a parameter {@code Op(_)}) takes expressions only. */
    void expressionArguments(Symbol declared) {
        if (declared.arity() > 0) {
            parameterArities.put(declared, Collections.nCopies(declared.arity(), 0));
        }
    }

    /**
     * Each argument of an application of an operator this module defines against the arity its
     * parameter takes: an operator parameter {@code Op(_)} takes a LAMBDA or an operator's name of
     * that arity, an ordinary one an expression (SANY: "Argument number 1 to operator 'H' should be
     * a 1-parameter operator", "Lambda expression with arity 2 used as argument 1 ..."); reported at
     * the application, as SANY does.
     */
    void check(Expr.NameExpr n, Scope scope) {
        Symbol s = names.reportUnknown && !n.args().isEmpty() ? scope.lookup(n.name().text()) : null;
        List<Integer> expected = s == null ? null : parameterArities.get(s);
        if (expected == null || expected.size() != n.args().size()) {
            return;
        }
        for (int i = 0; i < expected.size(); i++) {
            int want = expected.get(i);
            Integer got = provided(n.args().get(i), want, true, scope);
            if (got != null && got != want) {
                names.error(DiagnosticCode.LS203_ARITY_MISMATCH, n.range(), "argument " + (i + 1) + " of '" + n.name().text() + "' must be "
                        + text(want) + ", not " + text(got));
            }
        }
    }

    /**
     * What an argument or a substitution's value gives where an operator of arity {@code want} (0: an
     * expression) is expected: a LAMBDA its parameters' count, an operator's name its arity (-1 for
     * one that itself takes an operator, where a {@code firstOrder} operator is wanted: an operator's
     * argument, not an INSTANCE substitution), any other expression 0; null when unknown.
     */
    Integer provided(Expr a, int want, boolean firstOrder, Scope scope) {
        if (a instanceof Expr.Binder b && b.kind() == Expr.BinderKind.LAMBDA) {
            return b.bounds().stream().mapToInt(x -> x.names().size()).sum();
        }
        if (a instanceof Expr.NameExpr m && m.args().isEmpty()) {
            Symbol t = ProofStep.stepName(m.name().text()) == null ? scope.lookup(m.name().text()) : null;
            if (t == null) {
                return builtInSymbolArity(m.name().text());
            }
            if (firstOrder && want > 0 && parameterArities.getOrDefault(t, List.of()).stream().anyMatch(k -> k > 0)) {
                return -1; // an operator parameter takes a first-order operator only (H(H2) with H2(Op(_, _)))
            }
            return t.kind() == Symbol.Kind.OPERATOR || t.kind() == Symbol.Kind.CONSTANT || t.kind() == Symbol.Kind.PARAMETER
                    ? Math.max(0, t.arity()) : 0;
        }
        // I!F may name an operator of any arity; its arity is not looked up here
        return a instanceof Expr.Error || a instanceof Expr.Selector ? null : 0;
    }

    /**
     * The arity of a built-in operator symbol passed as an argument or substituted ({@code \\cup}: 2,
     * {@code SUBSET}, {@code '}: 1); null for anything else. SANY rejects one where an expression is
     * expected ("Unsupported expression type `N_GenInfixOp'").
     */
    private static Integer builtInSymbolArity(String name) {
        if (!StandardModules.BUILT_IN.contains(name)) {
            return null;
        }
        for (Operator op : Operator.values()) {
            if (op.symbol().equals(name) && op.fixity() != Operator.Fixity.CONSTRUCT) {
                return op.fixity() == Operator.Fixity.INFIX ? 2 : 1;
            }
        }
        return null;
    }

    /** What an arity asks for, in words: "an expression", "an operator of 2 arguments". */
    static String text(int arity) {
        return arity == 0 ? "an expression" : arity < 0 ? "an operator that takes an operator"
                : "an operator of " + arity + " argument" + (arity == 1 ? "" : "s");
    }
}
