package dev.lockstep.validator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the evaluator host reports about a loaded spec: its variables, TLC's split actions with
 * their bound parameters (TLA+ text), the action-level operators with their formal parameters, the
 * declared constants and the model values of the configuration. The search engine generates its
 * trace-checking spec from this.
 */
record SpecInfo(List<String> variables, List<Instance> instances, Map<String, List<String>> operators,
                List<String> constants, List<String> modelValues) {

    /** One split action: its operator's name and its parameters as TLA+ text. */
    record Instance(String name, Map<String, String> params) {
    }

    static SpecInfo of(JsonNode ready) {
        List<String> vars = strings(ready.path("variables"));
        List<Instance> inst = new ArrayList<>();
        for (JsonNode i : ready.path("instances")) {
            Map<String, String> p = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = i.path("params").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                p.put(e.getKey(), e.getValue().asText());
            }
            inst.add(new Instance(i.path("name").asText(), p));
        }
        Map<String, List<String>> ops = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = ready.path("operators").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            ops.put(e.getKey(), strings(e.getValue()));
        }
        return new SpecInfo(vars, inst, ops, strings(ready.path("constants")), strings(ready.path("modelValues")));
    }

    private static List<String> strings(JsonNode a) {
        List<String> l = new ArrayList<>();
        a.forEach(x -> l.add(x.asText()));
        return l;
    }
}
