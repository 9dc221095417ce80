package dev.lockstep.speclang.resolve;

import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Selector chains for the {@link Resolver}: {@code I!F}, {@code I(a)!F(b)!lab}, {@code Op!lab},
 * {@code (e)!x} and the parts {@code !(args)}, {@code !n}, {@code !<<}, {@code !:}, read as SANY's
 * subexpression algorithm reads them ({@code Generator.selectorToNode}). A chain starts at a name; a
 * module instance's part names one of its definitions ({@link Instances#exports}), a definition's or
 * theorem's part one of its labels (collected here for this module's definitions, by
 * {@link ModuleExports#labels} for another module's). The names and arguments along the chain are
 * resolved by the resolver this belongs to.
 */
final class Selectors {
    private final Resolver names;
    private final Instances instances;
    /** The labels in the bodies of the definitions and theorems this module defines ({@code Op!lab}). */
    private final Map<Symbol, Set<String>> definitionLabels = new HashMap<>();

    Selectors(Resolver names, Instances instances) {
        this.names = names;
        this.instances = instances;
    }

    /** Records the labels in the body of a definition, theorem or assumption of this module. */
    void labelled(Symbol definition, Expr body) {
        definitionLabels.put(definition, ModuleExports.labelsIn(body));
    }

    /**
     * A selector chain {@code A(a)!B(b)!C}, as SANY's subexpression algorithm reads it
     * ({@code Generator.selectorToNode}): the chain starts at a name; a module instance's part names one
     * of its definitions ({@code I!F}), a definition's or theorem's part one of its labels
     * ({@code Op!lab}: "Cannot find label"); each definition, instance and theorem met takes exactly
     * its arguments (a bare {@code I!F} where F takes some: "The operator I!F requires 1 arguments"),
     * unless the whole chain is an operator argument written without arguments ({@code asArgument});
     * a constant, variable or bound name has no parts. The first error ends the chain, as in SANY.
     */
    void chain(Expr.Selector s, Scope scope, boolean asArgument) {
        List<Expr.Selector> chain = new ArrayList<>();
        Expr base = s;
        while (base instanceof Expr.Selector sel) {
            chain.add(0, sel);
            base = sel.base();
        }
        chain.forEach(sel -> names.operatorArguments(sel.args(), scope));
        if (!(base instanceof Expr.NameExpr n)) {
            names.expr(base, scope);
            return;
        }
        names.operatorArguments(n.args(), scope);
        Symbol cur = names.use(scope, n.name());
        if (cur == null || !names.reportUnknown) {
            return;
        }
        boolean checkArity = !asArgument || !n.args().isEmpty() || chain.stream().anyMatch(x -> !x.args().isEmpty());
        String curName = n.name().text();
        if (cur.kind() != Symbol.Kind.INSTANCE && cur.kind() != Symbol.Kind.OPERATOR && cur.kind() != Symbol.Kind.FUNCTION
                && cur.kind() != Symbol.Kind.THEOREM) {
            // a constant, variable or bound name has no parts (SANY: "Cannot take subexpression of `C'")
            names.error(DiagnosticCode.LS201_UNKNOWN_NAME, n.range(), "'" + curName + "' is no definition or instance:"
                    + " '" + curName + "!" + chain.get(0).selector().text() + "' selects nothing");
            return;
        }
        if (!partArity(cur, curName, n.args().size(), n.range(), checkArity)) {
            return;
        }
        for (Expr.Selector sel : chain) {
            String part = sel.selector().text();
            boolean name = part.matches("[A-Za-z_][A-Za-z0-9_]*");
            if (cur.kind() == Symbol.Kind.INSTANCE) {
                Map<String, Symbol> ex = instances.exports(cur);
                if (ex == null) {
                    return; // a module not found: its definitions are not known
                }
                Symbol target = ex.get(part);
                if (target == null) {
                    // also where the module defines nothing: its CONSTANTs and VARIABLEs are substituted, never selected
                    names.error(DiagnosticCode.LS201_UNKNOWN_NAME, sel.selector().range(), name ? "'" + curName + "' has no definition '"
                            + part + "'" : "'" + curName + "!" + (part.isEmpty() ? "(...)" : part) + "' names no definition of the instance");
                    return;
                }
                names.reference(sel.selector().range(), target);
                curName = curName + "!" + part;
                if (!partArity(target, curName, sel.args().size(), sel.range(), checkArity)) {
                    return;
                }
                cur = target;
            } else {
                // a part of a definition or theorem: a label (or !n, !<<, !:, !(...), not followed further here)
                Set<String> labels = definitionLabels.containsKey(cur) ? definitionLabels.get(cur) : names.modules.labels(cur);
                if (name && labels != null && !labels.contains(part)) {
                    names.error(DiagnosticCode.LS201_UNKNOWN_NAME, sel.selector().range(), "'" + curName + "' has no label '" + part + "'");
                }
                return;
            }
        }
    }

    /**
     * Whether a definition, instance or theorem met along a selector chain is given its arity's
     * arguments (SANY: "The operator I!F requires 1 arguments"; a theorem takes none); reports it if not.
     */
    private boolean partArity(Symbol sym, String name, int given, SourceRange at, boolean check) {
        int arity = sym.kind() == Symbol.Kind.THEOREM || sym.kind() == Symbol.Kind.FUNCTION ? 0 : sym.arity();
        if (!check || arity < 0 || arity == given) {
            return true;
        }
        names.error(DiagnosticCode.LS203_ARITY_MISMATCH, at, "'" + name + "' takes " + arity + " argument" + (arity == 1 ? "" : "s")
                + ", not " + given);
        return false;
    }
}
