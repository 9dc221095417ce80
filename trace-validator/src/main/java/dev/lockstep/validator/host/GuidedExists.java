package dev.lockstep.validator.host;

import java.util.Arrays;
import tla2sany.semantic.ExprNode;
import tla2sany.semantic.FormalParamNode;
import tla2sany.semantic.OpApplNode;
import tla2sany.semantic.SemanticNode;
import tlc2.tool.Action;
import tlc2.tool.EvalControl;
import tlc2.tool.TLCState;
import tlc2.tool.impl.Tool;
import tlc2.util.Context;
import tlc2.value.IValue;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.Enumerable;
import tlc2.value.impl.Value;
import tlc2.value.impl.ValueEnumeration;

/**
 * One of TLC's split actions that is an existential over a set the state determines, such as a
 * handler of the messages in flight, {@code \E m \in DOMAIN messages : m.dest = s /\ Handle(s, m)},
 * whose log line does not name the element (the message a node received is rarely logged whole).
 * TLC evaluates the body for each element in the set's order until one makes it true, and the
 * elements before the witness cost about as much as the witness (each builds the next network
 * and compares it with the logged one). Here the elements the step removed from the set (the set
 * evaluated in the state after the step does not hold them: a consumed message) are tried first,
 * then the others in TLC's order. The verdict is TLC's ({@code \E x \in S : P} holds iff some
 * element of {@code S} satisfies {@code P}); only an evaluation error on an element tried before
 * the witness in TLC's order is not met, as when a logged parameter binds a quantified variable
 * ({@link QuantifiedCall}).
 *
 * @param action the split action
 * @param var    the quantified variable
 * @param domain its set, evaluated in the state before the step
 * @param body   the existential's body
 */
record GuidedExists(Action action, FormalParamNode var, ExprNode domain, SemanticNode body) {

    /** The existential {@code a} is, or null when its predicate is not one over a single variable. */
    static GuidedExists of(Action a) {
        if (!(a.pred instanceof OpApplNode q) || !"$BoundedExists".equals(q.getOperator().getName().toString())) {
            return null;
        }
        FormalParamNode[][] lists = q.getBdedQuantSymbolLists();
        if (lists.length != 1 || lists[0].length != 1 || q.isBdedQuantATuple()[0]) {
            return null;
        }
        return new GuidedExists(a, lists[0][0], q.getBdedQuantBounds()[0], q.getArgs()[0]);
    }

    /**
     * Whether the step (before, after) satisfies the action; null when the set cannot be
     * enumerated from the state before alone (it mentions primed variables, or is infinite): the
     * caller then evaluates the action as TLC does. Throws what TLC's evaluation throws.
     */
    Boolean holds(Tool tool, TLCState before, TLCState after) {
        Context con = action.con;
        IValue set;
        try {
            set = tool.eval(domain, con, before, TLCState.Empty, EvalControl.Clear);
        } catch (RuntimeException e) {
            return null;
        }
        if (!(set instanceof Enumerable elements)) {
            return null;
        }
        Value left;
        try {
            IValue v = tool.eval(domain, con, after, TLCState.Empty, EvalControl.Clear);
            left = v instanceof Value s ? s : null;
        } catch (RuntimeException e) {
            left = null;   // the set is not one of the state after: TLC's order only
        }
        Value[] order = new Value[8];
        int removed = 0;
        int n = 0;
        ValueEnumeration en = elements.elements();
        for (Value x = en.nextElement(); x != null; x = en.nextElement()) {
            if (n == order.length) {
                order = Arrays.copyOf(order, 2 * n);
            }
            if (left != null && !left.member(x)) {
                // removed elements go first, in TLC's order among themselves
                System.arraycopy(order, removed, order, removed + 1, n - removed);
                order[removed++] = x;
            } else {
                order[n] = x;
            }
            n++;
        }
        for (int i = 0; i < n; i++) {
            IValue v = tool.eval(body, con.cons(var, order[i]), before, after, EvalControl.Clear);
            if (!(v instanceof BoolValue b)) {
                throw new IllegalStateException("the body of an existential is not a Boolean: " + v);
            }
            if (b.val) {
                return Boolean.TRUE;
            }
        }
        return Boolean.FALSE;
    }
}
