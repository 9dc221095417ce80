package dev.lockstep.bridge.trace;

import dev.lockstep.bridge.value.TlcValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One state of a behaviour, as TLC reports it.
 *
 * @param number   TLC's 1-based state number
 * @param action   the action that produced the state ({@code "Init"} for an initial state), or
 *                 {@code null} when TLC does not say (depth-first search prints states without it)
 * @param location where that action is defined, or {@code null}
 * @param values   each variable's value, in TLC's printing order
 */
public record TraceState(int number, String action, ActionLocation location, Map<String, TlcValue> values) {
    public TraceState {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Optional<String> actionName() {
        return Optional.ofNullable(action);
    }

    /**
     * Where TLC says an action is defined: {@code line 5, col 8 to line 5, col 66 of module M}, 1-based
     * as TLC prints it.
     */
    public record ActionLocation(String module, int line, int column, int endLine, int endColumn) {
        public String display() {
            return module + ":" + line + ":" + column;
        }
    }
}
