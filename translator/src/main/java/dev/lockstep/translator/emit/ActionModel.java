package dev.lockstep.translator.emit;

import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.diag.SourceRange;
import dev.lockstep.translator.analysis.TlaType;
import java.util.List;

/**
 * One action of the next-state relation as the generator sees it, following TLC's split of Next
 * (disjunctions, bounded {@code \E}, and the spec's action operators, expanded until they no longer
 * split): the name the log uses, the key of its Java methods, the parameters by TLA+ name with
 * their types, and the body.
 *
 * @param key        the key of the effect method; guard, enabled and successors methods derive from it
 * @param logName    the action's name in logs: the operator's name (a PlusCal label), or the name of
 *                   the definition an unnamed disjunct sits in
 * @param params     the parameters by TLA+ name: the operator's formal parameters, or the
 *                   {@code \E}-bound names in scope for an unnamed disjunct
 * @param paramTypes the parameters' types, merged over every place Next calls the action: a
 *                   parameter keeps a type when all places agree on it, else it is any value
 * @param body       the action's formula
 * @param range      where it is defined
 */
record ActionModel(MethodKey.Action key, String logName, List<String> params, List<TlaType> paramTypes, Expr body,
                   SourceRange range) {
    ActionModel {
        params = List.copyOf(params);
        paramTypes = List.copyOf(paramTypes);
    }
}
