package dev.lockstep.runtime.itf;

import dev.lockstep.runtime.value.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One state of an ITF trace: its {@code #meta} index and action name (both optional in ITF) and
 * the value of each variable, in the trace's variable order.
 */
public record ItfState(Optional<Integer> index, Optional<String> action, Map<String, Value> values) {
    public ItfState {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static ItfState of(int index, String action, Map<String, Value> values) {
        return new ItfState(Optional.of(index), Optional.ofNullable(action), values);
    }
}
