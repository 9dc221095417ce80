package dev.lockstep.bridge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tla2sany.semantic.OpDefNode;
import tlc2.tool.EvalControl;
import tlc2.tool.TLCState;
import tlc2.tool.impl.FastTool;
import tlc2.util.Context;
import tlc2.util.IdThread;
import tlc2.value.IValue;
import tlc2.value.impl.ModelValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.Value;
import util.UniqueString;

/**
 * The child-JVM side of Lockstep's {@code ALIAS} for TLCs that lack it: loads the spec and model
 * (the config without its {@code ALIAS}) with TLC's {@code FastTool}, then evaluates the alias
 * operator with TLC's evaluator on each state of a behaviour, as current TLC does when it prints a
 * trace: on the pair of a state and its successor (the last state paired with itself), with
 * {@code TLCGet("level")} the state's position in the behaviour (1 for the initial state).
 *
 * <p>Arguments: {@code SPEC.tla CONFIG.cfg REQUEST.json ANSWER.json}. The request is
 * {@code {"alias":NAME,"states":[{var: ITF value, ...}, ...]}}. The answer, written to
 * {@code ANSWER.json}, is one JSON object: {@code {"states":[[[field, TLC text], ...], ...]}} (the
 * alias record's fields and their values as TLC prints them), or {@code {"error":MESSAGE}}. TLC's
 * own console output goes to standard error.
 */
public final class AliasHost {
    private AliasHost() {
    }

    public static void main(String[] args) throws Exception {
        ModelHost.answer(Path.of(args[3]), mapper -> evaluate(mapper, Path.of(args[0]).toAbsolutePath(),
                Path.of(args[1]).toAbsolutePath(), mapper.readTree(Path.of(args[2]).toFile())));
    }

    private static ObjectNode evaluate(ObjectMapper mapper, Path spec, Path cfg, JsonNode request) throws ItfValues.BadValue {
        FastTool tool = TlcModel.load(spec.toAbsolutePath(), cfg.toAbsolutePath());
        String name = request.path("alias").asText();
        OpDefNode alias = null;
        for (OpDefNode d : tool.getRootModule().getOpDefs()) {
            if (d.getName().toString().equals(name)) {
                alias = d;
            }
        }
        if (alias == null) {
            return mapper.createObjectNode().put("error", "the ALIAS " + name + " is not defined in the spec");
        }
        if (alias.getArity() != 0) {
            return mapper.createObjectNode().put("error", "the ALIAS " + name + " takes arguments; it must be an expression");
        }
        Set<String> modelValues = new HashSet<>();
        if (ModelValue.mvs != null) {
            for (ModelValue mv : ModelValue.mvs) {
                modelValues.add(mv.val.toString());
            }
        }
        ItfValues values = new ItfValues(modelValues);
        List<TLCState> states = new ArrayList<>();
        for (JsonNode s : request.path("states")) {
            TLCState st = TLCState.Empty.createEmpty();
            for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                st.bind(UniqueString.uniqueStringOf(e.getKey()), values.toValue(e.getValue()));
            }
            if (!states.isEmpty()) {
                st.setPredecessor(states.get(states.size() - 1));
            }
            states.add(st);
        }
        ArrayNode rows = mapper.createArrayNode();
        for (int i = 0; i < states.size(); i++) {
            TLCState s = states.get(i);
            TLCState next = i + 1 < states.size() ? states.get(i + 1) : s;
            IdThread.setCurrentState(s);
            IValue v = tool.eval(alias.getBody(), Context.Empty, s, next, EvalControl.Clear);
            if (!(v instanceof RecordValue r)) {
                return mapper.createObjectNode().put("error", "the ALIAS " + name + " must be a record, as in TLC;"
                        + " in state " + (i + 1) + " it is " + v);
            }
            ArrayNode row = rows.addArray();
            for (int f = 0; f < r.names.length; f++) {
                Value fv = r.values[f];
                row.addArray().add(r.names[f].toString()).add(fv.toString());
            }
        }
        ObjectNode answer = mapper.createObjectNode();
        answer.set("states", rows);
        return answer;
    }
}
