package dev.lockstep.runtime.value;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A record {@code [a |-> 1, b |-> "x"]}: a function from field names; ITF plain object. */
public record RecordValue(SortedMap<String, Value> fields) implements FunctionValue {
    public RecordValue {
        fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
    }

    public static RecordValue copyOf(Map<String, ? extends Value> fields) {
        return new RecordValue(new TreeMap<>(fields));
    }

    /** {@code r.field}; fails when the record has no such field. */
    public Value get(String field) {
        Value v = fields.get(field);
        if (v == null) {
            throw new TlaEvaluationException("record " + toTla() + " has no field " + field);
        }
        return v;
    }

    /** {@code [r EXCEPT !.field = v]}. */
    public RecordValue with(String field, Value v) {
        get(field);
        TreeMap<String, Value> f = new TreeMap<>(fields);
        f.put(field, v);
        return new RecordValue(f);
    }

    @Override
    public SortedMap<Value, Value> graph() {
        TreeMap<Value, Value> g = new TreeMap<>();
        fields.forEach((k, v) -> g.put(new StrValue(k), v));
        return g;
    }

    @Override
    public int size() {
        return fields.size();
    }

    @Override
    public Value apply(Value arg) {
        if (arg instanceof StrValue s) {
            return get(s.value());
        }
        throw new TlaEvaluationException(arg.toTla() + " is not in the domain of " + toTla());
    }

    @Override
    public boolean inDomain(Value arg) {
        return arg instanceof StrValue s && fields.containsKey(s.value());
    }

    @Override
    public RecordValue except(Value arg, Value v) {
        apply(arg);
        return with(((StrValue) arg).value(), v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Value v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        int h = 0xf0;
        for (Map.Entry<String, Value> e : fields.entrySet()) {
            h += (31 * e.getKey().hashCode()) ^ e.getValue().hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        return toTla();
    }
}
