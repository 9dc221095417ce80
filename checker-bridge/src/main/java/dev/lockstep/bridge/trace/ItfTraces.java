package dev.lockstep.bridge.trace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.bridge.value.Itf;

/**
 * Encodes a {@link Trace} as an ITF trace: {@code {"vars": [...], "states": [{"#meta": {"index": 0,
 * "action": "Init"}, "x": ...}], "loop": k}}, with the action's source location in {@code #meta}.
 */
public final class ItfTraces {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ItfTraces() {
    }

    public static ObjectNode encode(Trace trace) {
        ObjectNode root = F.objectNode();
        ObjectNode meta = root.putObject("#meta");
        meta.put("format", "ITF");
        meta.put("source", "TLC");
        ArrayNode vars = root.putArray("vars");
        trace.variables().forEach(vars::add);
        ArrayNode states = root.putArray("states");
        for (int i = 0; i < trace.states().size(); i++) {
            TraceState s = trace.states().get(i);
            ObjectNode st = states.addObject();
            ObjectNode m = st.putObject("#meta");
            m.put("index", i);
            if (s.action() != null) {
                m.put("action", s.action());
            }
            if (s.location() != null) {
                TraceState.ActionLocation l = s.location();
                m.put("location", l.module() + ":" + l.line() + ":" + l.column() + "-" + l.endLine() + ":" + l.endColumn());
            }
            s.values().forEach((k, v) -> st.set(k, Itf.encode(v)));
        }
        if (trace.isLasso()) {
            root.put("loop", trace.loopIndex());
        }
        return root;
    }
}
