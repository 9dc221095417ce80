package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.bridge.eval.ItfValues;
import dev.lockstep.validator.log.Mapping;
import dev.lockstep.validator.log.StepRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tla2sany.semantic.OpDefNode;
import tlc2.tool.TLCState;
import tlc2.tool.impl.Tool;
import tlc2.util.Context;
import tlc2.value.impl.FcnRcdValue;
import tlc2.value.impl.RecordValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.Value;
import util.UniqueString;

/**
 * The values of a mapping's sources that come straight from a line's fields (a field, through its
 * table or conversion), computed here instead of by TLC's evaluator: the tables are evaluated once
 * ({@code LockstepTable_NAME}, their entries are TLA+), then each line costs a map lookup.
 */
final class SourceValues {
    private final ItfValues values;
    private final Map<String, Map<String, Value>> tables = new HashMap<>();
    private final Map<String, UniqueString> names = new HashMap<>();

    SourceValues(Tool tool, ItfValues values, Map<String, OpDefNode> defs, StepRules rules) {
        this.values = values;
        for (String t : rules.tables().keySet()) {
            OpDefNode d = defs.get("LockstepTable_" + t);
            FcnRcdValue f = (FcnRcdValue) ((Value) tool.eval(d.getBody(), Context.Empty, TLCState.Empty)).toFcnRcd();
            Map<String, Value> rows = new HashMap<>();
            for (int i = 0; i < f.domain.length; i++) {
                rows.put(((StringValue) f.domain[i]).val.toString(), f.values[i]);
            }
            tables.put(t, rows);
        }
    }

    /** A source's value on a line; null when the line lacks its field or TLC computes it (an expression). */
    Value of(StepRules.Source s, JsonNode fields) throws ItfValues.BadValue {
        if (s.expr() != null) {
            return null;
        }
        JsonNode n = Mapping.at(fields, s.path());
        if (n == null || n.isNull()) {
            return null;
        }
        if (s.table() == null) {
            return values.toValue(n);
        }
        Value v = tables.get(s.table()).get(n.asText());
        if (v == null) {
            throw new ItfValues.BadValue("field '" + s.path() + "': \"" + n.asText() + "\" is not in table '"
                    + s.table() + "'");
        }
        return v;
    }

    /** A record of the given fields' values (those the line has). */
    RecordValue record(Map<String, StepRules.Source> fields, JsonNode line) throws ItfValues.BadValue {
        List<UniqueString> ns = new java.util.ArrayList<>();
        List<Value> vs = new java.util.ArrayList<>();
        for (Map.Entry<String, StepRules.Source> f : fields.entrySet()) {
            Value v = of(f.getValue(), line);
            if (v != null) {
                ns.add(name(f.getKey()));
                vs.add(v);
            }
        }
        RecordValue r = new RecordValue(ns.toArray(new UniqueString[0]), vs.toArray(new Value[0]), false);
        r.normalize();
        return r;
    }

    UniqueString name(String s) {
        return names.computeIfAbsent(s, UniqueString::uniqueStringOf);
    }
}
