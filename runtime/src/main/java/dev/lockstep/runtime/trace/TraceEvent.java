package dev.lockstep.runtime.trace;

import dev.lockstep.runtime.machine.ActionCall;
import dev.lockstep.runtime.value.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the native log: the spec's action name, its parameters by name, the state after the
 * step (variables that are absent are unlogged), and optionally the node that wrote it and its
 * logical clock. The first line of a log may be {@code "Init"}, the initial state.
 *
 * <p>{@code refused} (optional, empty when nothing was refused) lists the action instances the
 * spec enables in the state this line logs which the implementation refuses to take from it: a
 * {@link dev.lockstep.runtime.machine.StepRunner} computes it from the translated guards and the
 * implementation's {@link dev.lockstep.runtime.machine.SpecMachine#allows}, and {@code lockstep
 * validate} checks with TLC that the spec really enables each one there.
 *
 * <p>{@code allowed} (optional) is the set of action instances the implementation would take from
 * the logged state, or its change since the previous line ({@link Allowed}); {@code lockstep
 * validate} compares it with the instances TLC finds enabled there.
 *
 * <p>Parameters and state keep the order they were given in (the spec's order), which is the
 * order in which they are written.
 */
public record TraceEvent(String action, Map<String, Value> params, Map<String, Value> state,
        Optional<String> node, Optional<Clock> clock, List<ActionCall> refused, Optional<Allowed> allowed) {

    /** The action name of the initial state. */
    public static final String INIT = "Init";

    public TraceEvent {
        Objects.requireNonNull(action, "action");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        state = Collections.unmodifiableMap(new LinkedHashMap<>(state));
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(clock, "clock");
        refused = List.copyOf(refused);
        Objects.requireNonNull(allowed, "allowed");
    }

    /** An event without an allowed set. */
    public TraceEvent(String action, Map<String, Value> params, Map<String, Value> state,
            Optional<String> node, Optional<Clock> clock, List<ActionCall> refused) {
        this(action, params, state, node, clock, refused, Optional.empty());
    }

    /** An event that refuses nothing. */
    public TraceEvent(String action, Map<String, Value> params, Map<String, Value> state,
            Optional<String> node, Optional<Clock> clock) {
        this(action, params, state, node, clock, List.of());
    }

    /** An event without node or clock. */
    public static TraceEvent of(String action, Map<String, Value> params, Map<String, Value> state) {
        return new TraceEvent(action, params, state, Optional.empty(), Optional.empty());
    }
}
