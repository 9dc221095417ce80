package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.bridge.eval.TlcValues;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tlc2.tool.Action;
import tlc2.tool.StateVec;
import tlc2.tool.TLCState;
import tlc2.tool.impl.Tool;
import tlc2.value.IValue;
import tlc2.value.impl.IntValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.Value;
import util.UniqueString;
import tla2sany.semantic.OpDeclNode;

/**
 * The search engine's depth-first search, in a child JVM: loads the generated trace-checking spec
 * (cursor {@code lockstepCursor} over the log, {@code VIEW LockstepView}) with TLC's {@code Tool}
 * and searches its state space depth-first with an explicit stack (logs are many thousands of
 * lines deep) and a set of TLC state fingerprints (which honour the VIEW). Successors that advance
 * the cursor are explored first, so on a log that conforms the search runs straight down the log
 * and only backs up where an unlogged step or an ambiguous line forces it. It stops at the first
 * state whose cursor has consumed the whole log; otherwise it exhausts the space and reports the
 * deepest cursor reached and the first state found there.
 *
 * <p>Protocol ({@link HostProtocol}, on stdout): a bare {@link HostProtocol.Ready} or, when TLC
 * rejects the spec, a {@link HostProtocol.LoadError}; then one {@link HostProtocol.SearchResult}.
 *
 * <p>Arguments: {@code TRACESPEC.tla TRACESPEC.cfg LOGLENGTH}.
 */
public final class TraceSearch {
    static final String CURSOR = "lockstepCursor";

    private TraceSearch() {
    }

    public static void main(String[] args) throws Exception {
        Writer out = EvaluatorHost.protocolOut();
        ObjectMapper mapper = new ObjectMapper();
        Tool tool = EvaluatorHost.loadSearch(out, mapper, Path.of(args[0]).toAbsolutePath(),
                Path.of(args[1]).toAbsolutePath());
        if (tool == null) {
            return;
        }
        HostProtocol.send(out, mapper, search(tool, Long.parseLong(args[2])));
    }

    /** The search: what {@link #main} answers. */
    static HostProtocol.SearchResult search(Tool tool, long logLength) {
        Set<Long> seen = new HashSet<>();
        Deque<TLCState> stack = new ArrayDeque<>();
        long max = -1;
        TLCState deepest = null;
        StateVec inits;
        try {
            inits = tool.getInitStates();
        } catch (RuntimeException | StackOverflowError e) {
            return evalError(-1, e, 0, -1, null);
        }
        List<TLCState> advancing = new ArrayList<>();
        List<TLCState> staying = new ArrayList<>();
        for (int i = 0; i < inits.size(); i++) {
            TLCState s = inits.elementAt(i);
            if (seen.add(s.fingerPrint())) {
                long c = cursor(s);
                if (c > max) {
                    max = c;
                    deepest = s;
                }
                if (c >= logLength) {
                    return result(true, seen.size(), max, deepest, null, 0);
                }
                stack.push(s);
            }
        }
        Action[] actions = tool.getActions();
        while (!stack.isEmpty()) {
            TLCState s = stack.pop();
            long c = cursor(s);
            advancing.clear();
            staying.clear();
            try {
                for (Action a : actions) {
                    StateVec next = tool.getNextStates(a, s);
                    for (int i = 0; i < next.size(); i++) {
                        TLCState n = next.elementAt(i);
                        if (!tool.isGoodState(n)) {
                            throw new IllegalStateException("a successor state is not completely specified");
                        }
                        if (!seen.add(n.fingerPrint())) {
                            continue;
                        }
                        long nc = cursor(n);
                        if (nc > max) {
                            max = nc;
                            deepest = n;
                        }
                        if (nc >= logLength) {
                            return result(true, seen.size(), max, deepest, null, 0);
                        }
                        (nc > c ? advancing : staying).add(n);
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                return evalError(c, e, seen.size(), max, deepest);
            }
            // the stack pops the last pushed first: cursor-advancing successors go on top
            for (TLCState n : staying) {
                stack.push(n);
            }
            for (TLCState n : advancing) {
                stack.push(n);
            }
        }
        return result(false, seen.size(), max, deepest, null, 0);
    }

    private static HostProtocol.SearchResult evalError(long cursor, Throwable e, long distinct, long max,
                                                       TLCState deepest) {
        return result(false, distinct, max, deepest, e.getMessage() == null ? e.toString() : e.getMessage(), cursor);
    }

    private static HostProtocol.SearchResult result(boolean conforms, long distinct, long max, TLCState deepest,
                                                    String evalError, long evalCursor) {
        Map<String, JsonNode> state = null;
        if (deepest != null) {
            // in the order TLC prints the record [v |-> ...] (its normalized field order), as the
            // breadth-first run's PrintT shows the state, so both reports list variables alike
            List<UniqueString> names = new ArrayList<>();
            List<Value> values = new ArrayList<>();
            for (OpDeclNode v : deepest.getVars()) {
                IValue x = deepest.lookup(v.getName());
                if (!CURSOR.equals(v.getName().toString()) && x instanceof Value) {
                    names.add(v.getName());
                    values.add((Value) x);
                }
            }
            RecordValue r = (RecordValue) new RecordValue(names.toArray(new UniqueString[0]),
                    values.toArray(new Value[0]), false).normalize();
            state = new LinkedHashMap<>();
            for (int i = 0; i < r.names.length; i++) {
                state.put(r.names[i].toString(), TlcValues.itfOrText(r.values[i]));
            }
        }
        return new HostProtocol.SearchResult(conforms, distinct, Math.max(max, 0), state, evalError, evalCursor);
    }

    private static long cursor(TLCState s) {
        IValue v = s.lookup(CURSOR);
        return v instanceof IntValue ? ((IntValue) v).val : -1;
    }
}
