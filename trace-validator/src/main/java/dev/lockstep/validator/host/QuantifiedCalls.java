package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.bridge.eval.ItfValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tlc2.tool.TLCState;
import tlc2.tool.impl.Tool;
import tlc2.value.impl.Value;

/**
 * The {@link QuantifiedCall}s of a spec, indexed by the called operator and by the values of the
 * arguments TLC's split already fixed (the {@code f} and {@code t} of {@code \E f, t \in Acct}),
 * so that a logged step is checked against the one or few actions its parameters select. Parsed
 * parameters are cached by their text in the line, as repeated parameter combinations are common.
 */
final class QuantifiedCalls {
    private static final int CACHE = 100_000;

    /** Operator -> argument positions fixed by the split -> their values' text -> calls. */
    private final Map<String, Map<List<Integer>, Map<String, List<QuantifiedCall>>>> index = new LinkedHashMap<>();
    private final Map<String, String[]> formals = new HashMap<>();
    private final Map<String, Logged> cache = new HashMap<>();
    private final Tool tool;
    private final ItfValues values;

    /** A logged call: the operator's parameters (one per formal) and the calls they select. */
    private record Logged(Value[] params, List<QuantifiedCall> calls) {
    }

    QuantifiedCalls(List<ActionInstance> instances, Tool tool, ItfValues values) {
        this.tool = tool;
        this.values = values;
        for (ActionInstance ai : instances) {
            QuantifiedCall qc = QuantifiedCall.of(ai, tool);
            if (qc == null) {
                continue;
            }
            String name = qc.op().getName().toString();
            formals.putIfAbsent(name, qc.formals());
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < qc.fixed().length; i++) {
                if (qc.fixed()[i] != null) {
                    positions.add(i);
                }
            }
            index.computeIfAbsent(name, k -> new LinkedHashMap<>()).computeIfAbsent(positions, k -> new HashMap<>())
                    .computeIfAbsent(key(positions, qc.fixed()), k -> new ArrayList<>()).add(qc);
        }
    }

    /** The operators some action calls under quantifiers their parameters determine. */
    java.util.Set<String> operators() {
        return index.keySet();
    }

    /** The quantified calls of operator {@code op} (one of {@link #operators()}). */
    List<QuantifiedCall> calls(String op) {
        List<QuantifiedCall> out = new ArrayList<>();
        index.get(op).values().forEach(byValues -> byValues.values().forEach(out::addAll));
        return out;
    }

    /** Whether some action calls operator {@code op} under quantifiers its parameters determine. */
    boolean covers(String op) {
        return index.containsKey(op);
    }

    /**
     * Whether the step (before, after) is a call of {@code op} with the logged parameters
     * ({@code paramsText}, their text in the line, or null) by one of the actions calling it. False
     * also when the parameters are missing or do not convert: the caller then checks the step the
     * general way, which explains it.
     */
    boolean holds(String op, JsonNode params, String paramsText, TLCState before, TLCState after) {
        Logged logged = paramsText == null ? null : cache.get(op + '\u0000' + paramsText);
        if (logged == null) {
            logged = parse(op, params);
            if (logged == null) {
                return false;
            }
            if (paramsText != null && cache.size() < CACHE) {
                cache.put(op + '\u0000' + paramsText, logged);
            }
        }
        for (QuantifiedCall qc : logged.calls()) {
            if (qc.holds(tool, logged.params(), before, after)) {
                return true;
            }
        }
        return false;
    }

    private Logged parse(String op, JsonNode params) {
        String[] names = formals.get(op);
        if (names == null || params == null || !params.isObject()) {
            return null;
        }
        Value[] logged = new Value[names.length];
        for (int i = 0; i < names.length; i++) {
            JsonNode v = params.get(names[i]);
            if (v == null) {
                return null;
            }
            try {
                logged[i] = values.toValue(v);
            } catch (ItfValues.BadValue e) {
                return null;
            }
        }
        List<QuantifiedCall> calls = new ArrayList<>();
        for (Map.Entry<List<Integer>, Map<String, List<QuantifiedCall>>> e : index.get(op).entrySet()) {
            List<QuantifiedCall> hit = e.getValue().get(key(e.getKey(), logged));
            if (hit != null) {
                calls.addAll(hit);
            }
        }
        return new Logged(logged, calls);
    }

    private static String key(List<Integer> positions, Value[] values) {
        StringBuilder sb = new StringBuilder();
        for (int i : positions) {
            sb.append(i).append('=').append(values[i]).append('\u0000');
        }
        return sb.toString();
    }
}
