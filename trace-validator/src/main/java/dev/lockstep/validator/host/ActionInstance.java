package dev.lockstep.validator.host;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tla2sany.semantic.FormalParamNode;
import tla2sany.semantic.OpDefNode;
import tlc2.tool.Action;
import tlc2.value.impl.Value;

/**
 * One of the actions TLC splits the next-state relation into (Tool.getActions(): the maximal
 * prefix of disjunctions and bounded existentials, with constant operator arguments bound), with
 * the parameter values it is bound to.
 *
 * @param action   TLC's action
 * @param name     the operator it comes from (e.g. {@code Inc}), as the log names it
 * @param bindings every name bound in the action's context (formal parameters and \E variables)
 * @param shown    the bindings shown to users: the operator's formal parameters when it has any
 */
record ActionInstance(Action action, String name, Map<String, Value> bindings, Map<String, Value> shown) {

    static ActionInstance of(Action a) {
        Map<String, Value> b = new LinkedHashMap<>();
        a.con.lookupName(sym -> {
            Object v = a.con.lookup(sym);
            if (v instanceof Value val) {
                b.putIfAbsent(sym.getName().toString(), val);
            }
            return false;
        });
        Map<String, Value> shown = new LinkedHashMap<>();
        OpDefNode def = a.getOpDef();
        if (def != null && def.getParams() != null && def.getParams().length > 0) {
            for (FormalParamNode p : def.getParams()) {
                Value v = b.get(p.getName().toString());
                if (v != null) {
                    shown.put(p.getName().toString(), v);
                }
            }
        } else {
            shown.putAll(b);
        }
        return new ActionInstance(a, a.getName().toString(), Map.copyOf(b), shown);
    }

    /** {@code Inc(n = n1)}, as reports show it. */
    String label() {
        if (shown.isEmpty()) {
            return name;
        }
        return name + "(" + shown.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }
}
