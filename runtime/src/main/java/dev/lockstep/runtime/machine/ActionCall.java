package dev.lockstep.runtime.machine;

import dev.lockstep.runtime.value.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An action instance: the spec's action name and its parameters by name (for a PlusCal label,
 * {@code self}), in the order the spec declares them. This is what one native log line names.
 */
public record ActionCall(String action, Map<String, Value> params) {
    public ActionCall {
        Objects.requireNonNull(action, "action");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** An action call from alternating parameter names and values, kept in that order. */
    public static ActionCall of(String action, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come as name/value pairs");
        }
        Map<String, Value> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], (Value) namesAndValues[i + 1]);
        }
        return new ActionCall(action, params);
    }

    /** {@code Transfer(from = a1, amount = 5)}. */
    @Override
    public String toString() {
        if (params.isEmpty()) {
            return action;
        }
        StringBuilder sb = new StringBuilder(action).append('(');
        String sep = "";
        for (Map.Entry<String, Value> e : params.entrySet()) {
            sb.append(sep).append(e.getKey()).append(" = ").append(e.getValue().toTla());
            sep = ", ";
        }
        return sb.append(')').toString();
    }
}
