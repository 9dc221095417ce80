package dev.lockstep.translator.analysis;

import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.diag.SourceRange;
import java.util.List;

/**
 * An operator or function definition of the spec, with what the translator needs to know about it.
 *
 * @param name        the operator's name
 * @param params      its parameter names (all of arity 0; see {@code higherOrder})
 * @param body        the body; a function definition {@code f[x \in S] == e} becomes
 *                    {@code [x \in S |-> e]}
 * @param range       where the whole definition is
 * @param higherOrder whether a parameter is itself an operator ({@code F(Op(_), x)})
 * @param recursiveFunction whether it is a function definition that refers to itself
 * @param arities     the arity of each parameter: 0 for a value, n for an operator {@code Op(_, ...)}
 */
public record Definition(String name, List<String> params, Expr body, SourceRange range, boolean higherOrder,
                         boolean recursiveFunction, List<Integer> arities) {
    public Definition {
        params = List.copyOf(params);
        arities = List.copyOf(arities);
    }

    /** Whether a parameter is an operator ({@code F(Op(_), x)}): the method takes a Java function. */
    public boolean hasOperatorParams() {
        return arities.stream().anyMatch(a -> a > 0);
    }
}
