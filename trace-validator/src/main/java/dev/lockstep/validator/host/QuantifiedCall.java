package dev.lockstep.validator.host;

import java.util.ArrayList;
import java.util.List;
import tla2sany.semantic.ExprNode;
import tla2sany.semantic.ExprOrOpArgNode;
import tla2sany.semantic.FormalParamNode;
import tla2sany.semantic.OpApplNode;
import tla2sany.semantic.OpDefNode;
import tla2sany.semantic.SemanticNode;
import tlc2.tool.Action;
import tlc2.tool.EvalControl;
import tlc2.tool.TLCState;
import tlc2.tool.impl.Tool;
import tlc2.util.Context;
import tlc2.value.IValue;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.Value;

/**
 * One of TLC's split actions that TLC could not split further because a quantifier's set depends
 * on the state: {@code \E amt \in 1..bal[f] : Transfer(f, t, amt)} (with {@code f} and {@code t}
 * already bound by TLC's split). Its predicate is bounded existentials over a call of a
 * user-defined operator whose arguments are the quantified variables or expressions without them.
 * A log line that names the operator and gives its parameters then determines the quantified
 * variables: they are bound to the logged values, each checked once to be in its set, and the
 * call is evaluated on the step, instead of enumerating the sets (Specifying Systems, section
 * 6.6: {@code \E x \in S : P} holds iff some element of {@code S} satisfies {@code P}).
 *
 * @param instance the split action
 * @param op       the called operator
 * @param call     the call, evaluated with the quantified variables bound
 * @param vars     the quantified variables, outermost first
 * @param domains  each variable's set
 * @param argVar   per formal parameter of {@code op}: the index in {@code vars} of the variable it
 *                 is given, or -1 when it is given another expression
 * @param fixed    per formal parameter: that expression's value when it is constant in the split
 *                 action's context, else null
 */
record QuantifiedCall(ActionInstance instance, OpDefNode op, OpApplNode call, FormalParamNode[] vars,
                      ExprNode[] domains, int[] argVar, Value[] fixed) {

    /** The quantified call in {@code ai}'s predicate, or null when it does not have that shape. */
    static QuantifiedCall of(ActionInstance ai, Tool tool) {
        SemanticNode node = ai.action().pred;
        List<FormalParamNode> vars = new ArrayList<>();
        List<ExprNode> domains = new ArrayList<>();
        while (node instanceof OpApplNode q && "$BoundedExists".equals(q.getOperator().getName().toString())) {
            FormalParamNode[][] lists = q.getBdedQuantSymbolLists();
            boolean[] tuples = q.isBdedQuantATuple();
            ExprNode[] bounds = q.getBdedQuantBounds();
            for (int i = 0; i < lists.length; i++) {
                if (tuples[i]) {
                    return null;
                }
                for (FormalParamNode v : lists[i]) {
                    vars.add(v);
                    domains.add(bounds[i]);
                }
            }
            node = q.getArgs()[0];
        }
        if (vars.isEmpty() || !(node instanceof OpApplNode call) || !(call.getOperator() instanceof OpDefNode op)
                || op.getBody() == null || op.isStandardModule() || op.getParams().length != call.getArgs().length) {
            return null;
        }
        ExprOrOpArgNode[] args = call.getArgs();
        int[] argVar = new int[args.length];
        Value[] fixed = new Value[args.length];
        boolean[] given = new boolean[vars.size()];
        for (int i = 0; i < args.length; i++) {
            argVar[i] = varIndex(args[i], vars);
            if (argVar[i] >= 0) {
                given[argVar[i]] = true;
            } else if (args[i].getLevel() == 0) {
                try {
                    IValue v = tool.eval(args[i], ai.action().con, TLCState.Empty, TLCState.Empty, EvalControl.Clear);
                    fixed[i] = v instanceof Value val ? val : null;
                } catch (RuntimeException | StackOverflowError e) {
                    fixed[i] = null; // it mentions a quantified variable: evaluated per step
                }
            }
        }
        for (boolean g : given) {
            if (!g) {
                return null; // a variable the call's parameters do not determine
            }
        }
        return new QuantifiedCall(ai, op, call, vars.toArray(new FormalParamNode[0]),
                domains.toArray(new ExprNode[0]), argVar, fixed);
    }

    private static int varIndex(ExprOrOpArgNode arg, List<FormalParamNode> vars) {
        if (arg instanceof OpApplNode a && a.getArgs().length == 0 && a.getOperator() instanceof FormalParamNode p) {
            return vars.indexOf(p);
        }
        return -1;
    }

    /** The operator's formal parameter names, in order. */
    String[] formals() {
        FormalParamNode[] ps = op.getParams();
        String[] out = new String[ps.length];
        for (int i = 0; i < ps.length; i++) {
            out[i] = ps[i].getName().toString();
        }
        return out;
    }

    /**
     * Whether the step (before, after) is this action with the operator's parameters {@code logged}
     * (one value per formal): the quantified variables bound to them, each in its set in the state
     * before, the other arguments equal to theirs, and the call true. TLC's evaluation errors count
     * as false (the caller then explains the step the slow way).
     */
    boolean holds(Tool tool, Value[] logged, TLCState before, TLCState after) {
        try {
            Context con = instance.action().con;
            Value[] bound = new Value[vars.length];
            for (int i = 0; i < argVar.length; i++) {
                if (argVar[i] >= 0) {
                    if (bound[argVar[i]] == null) {
                        bound[argVar[i]] = logged[i];
                        con = con.cons(vars[argVar[i]], logged[i]);
                    } else if (!bound[argVar[i]].equals(logged[i])) {
                        return false;
                    }
                }
            }
            for (int k = 0; k < vars.length; k++) {
                IValue dom = tool.eval(domains[k], con, before, TLCState.Empty, EvalControl.Clear);
                if (!(dom instanceof Value d) || !d.member(bound[k])) {
                    return false;
                }
            }
            ExprOrOpArgNode[] args = call.getArgs();
            for (int i = 0; i < args.length; i++) {
                if (argVar[i] < 0) {
                    IValue v = fixed[i] != null ? fixed[i] : tool.eval(args[i], con, before, after, EvalControl.Clear);
                    if (!v.equals(logged[i])) {
                        return false;
                    }
                }
            }
            IValue v = tool.eval(call, con, before, after, EvalControl.Clear);
            return v instanceof BoolValue b && b.val;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /**
     * The actions with every quantified variable bound, one per element of the sets in
     * {@code state} (for sampling behaviours with their parameters); empty when a set cannot be
     * enumerated.
     */
    List<Bound> bindings(Tool tool, TLCState state) {
        List<Bound> out = new ArrayList<>();
        expand(tool, state, 0, instance.action().con, new Value[vars.length], out);
        return out;
    }

    /** The call with its variables bound: the action TLC can take, and the operator's parameters. */
    record Bound(Action action, Value[] params) {
    }

    private void expand(Tool tool, TLCState state, int k, Context con, Value[] bound, List<Bound> out) {
        if (k == vars.length) {
            Value[] params = new Value[argVar.length];
            ExprOrOpArgNode[] args = call.getArgs();
            for (int i = 0; i < args.length; i++) {
                params[i] = argVar[i] >= 0 ? bound[argVar[i]]
                        : fixed[i] != null ? fixed[i] : (Value) tool.eval(args[i], con, state, TLCState.Empty, EvalControl.Clear);
            }
            out.add(new Bound(new Action(call, con, op), params));
            return;
        }
        IValue dom = tool.eval(domains[k], con, state, TLCState.Empty, EvalControl.Clear);
        if (!(dom instanceof tlc2.value.impl.Enumerable e)) {
            return;
        }
        tlc2.value.impl.ValueEnumeration en = e.elements();
        Value x;
        while ((x = en.nextElement()) != null) {
            bound[k] = x;
            expand(tool, state, k + 1, con.cons(vars[k], x), bound, out);
        }
    }
}
