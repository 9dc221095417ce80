package dev.lockstep.translator.emit;

import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.diag.SourceRange;
import java.util.List;

/**
 * One action of the next-state relation as the generator sees it, following TLC's split of Next
 * (disjunctions, bounded {@code \E}, and the spec's action operators, expanded until they no longer
 * split): the name the log uses, the Java method name, the parameters by TLA+ name, and the body.
 *
 * @param logName  the action's name in logs: the operator's name (a PlusCal label), or the name of
 *                 the definition an unnamed disjunct sits in
 * @param javaName the effect method's name; guard, enabled and successors methods derive from it
 * @param params   the parameters by TLA+ name: the operator's formal parameters, or the
 *                 {@code \E}-bound names in scope for an unnamed disjunct
 * @param body     the action's formula
 * @param range    where it is defined
 */
record ActionModel(String logName, String javaName, List<String> params, Expr body, SourceRange range) {
    ActionModel {
        params = List.copyOf(params);
    }
}
