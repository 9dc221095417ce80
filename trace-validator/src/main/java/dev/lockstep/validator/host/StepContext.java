package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.bridge.eval.TlcValues;
import dev.lockstep.validator.host.HostProtocol.Failure;
import dev.lockstep.validator.host.HostProtocol.ValueDiff;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tlc2.tool.StateVec;
import tlc2.tool.TLCState;
import tlc2.tool.impl.Tool;
import tlc2.value.IValue;
import util.UniqueString;

/**
 * What a failed step's report shows besides the false conjunct: the state before and the logged
 * one, the action instances TLC enables in the state before, those whose successors include the
 * logged state, and per variable how the logged state differs from the closest state the named
 * action allows. Computed only on failure, by enumerating successors with TLC.
 */
final class StepContext {
    private static final int MAX_LISTED = ActionIndex.MAX_LISTED;

    private final Tool tool;
    private final List<ActionInstance> all;
    private final UniqueString[] varNames;

    StepContext(Tool tool, List<ActionInstance> all, UniqueString[] varNames) {
        this.tool = tool;
        this.all = all;
        this.varNames = varNames;
    }

    /**
     * {@code f} with the state before, the actions enabled there, those that explain the step, and
     * (when the step was checked against {@code candidates}) a diff.
     */
    Failure inContext(Failure f, TLCState before, TLCState after, List<ActionInstance> candidates) {
        List<String> enabled = new ArrayList<>();
        List<String> explainedBy = new ArrayList<>();
        Map<ActionInstance, StateVec> succ = new HashMap<>();
        for (ActionInstance ai : all) {
            StateVec next;
            try {
                next = tool.getNextStates(ai.action(), before);
            } catch (RuntimeException | StackOverflowError e) {
                continue;
            }
            succ.put(ai, next);
            if (next.size() > 0 && enabled.size() < MAX_LISTED) {
                enabled.add(ai.label());
            }
            for (int i = 0; i < next.size(); i++) {
                if (explainedBy.size() < MAX_LISTED && sameState(next.elementAt(i), after)) {
                    explainedBy.add(ai.label());
                    break;
                }
            }
        }
        return f.inContext(stateItf(before), stateItf(after), enabled, explainedBy,
                candidates == null ? List.of() : diff(candidates, succ, after));
    }

    /** Whether TLC finds a successor of {@code state} by {@code ai} (false when it cannot evaluate it). */
    boolean enabled(ActionInstance ai, TLCState state) {
        try {
            return tool.getNextStates(ai.action(), state).size() > 0;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /** The action instances enabled in {@code state}, at most {@value #MAX_LISTED}. */
    List<String> enabledIn(TLCState state) {
        List<String> enabled = new ArrayList<>();
        for (ActionInstance ai : all) {
            if (enabled.size() < MAX_LISTED && enabled(ai, state)) {
                enabled.add(ai.label());
            }
        }
        return enabled;
    }

    /** The state's variables as ITF values, in declaration order; empty for TLC's empty state. */
    Map<String, JsonNode> stateItf(TLCState s) {
        Map<String, JsonNode> o = new LinkedHashMap<>();
        if (s == TLCState.Empty) {
            return o;
        }
        for (UniqueString v : varNames) {
            IValue val = s.lookup(v);
            if (val != null) {
                o.put(v.toString(), TlcValues.itfOrText(val));
            }
        }
        return o;
    }

    /** Per variable, the value logged against those the named action allows, where they differ. */
    private List<ValueDiff> diff(List<ActionInstance> candidates, Map<ActionInstance, StateVec> succ, TLCState after) {
        TLCState closest = null;
        int best = Integer.MAX_VALUE;
        for (ActionInstance ai : candidates) {
            StateVec next = succ.get(ai);
            for (int i = 0; next != null && i < next.size(); i++) {
                TLCState s = next.elementAt(i);
                int d = 0;
                for (UniqueString v : varNames) {
                    if (!same(s.lookup(v), after.lookup(v))) {
                        d++;
                    }
                }
                if (d < best) {
                    best = d;
                    closest = s;
                }
            }
        }
        List<ValueDiff> out = new ArrayList<>();
        if (closest == null) {
            return out;
        }
        for (UniqueString v : varNames) {
            IValue allowed = closest.lookup(v);
            IValue logged = after.lookup(v);
            if (!same(allowed, logged)) {
                out.add(new ValueDiff(v.toString(), TlcValues.itfOrText(allowed), TlcValues.itfOrText(logged)));
            }
        }
        return out;
    }

    private boolean sameState(TLCState a, TLCState b) {
        for (UniqueString v : varNames) {
            if (!same(a.lookup(v), b.lookup(v))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(IValue a, IValue b) {
        try {
            return a != null && b != null && a.equals(b);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
