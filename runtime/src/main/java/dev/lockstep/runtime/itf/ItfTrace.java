package dev.lockstep.runtime.itf;

import java.util.List;
import java.util.Optional;

/**
 * An ITF trace: {@code {"vars":[...], "states":[{"#meta":{"index":0,"action":"Init"}, "x":...}],
 * "loop":k}}. {@code loop} is present only for a lasso (a liveness counterexample): the behaviour
 * returns to state {@code loop} after the last state.
 */
public record ItfTrace(List<String> vars, List<ItfState> states, Optional<Integer> loop) {
    public ItfTrace {
        vars = List.copyOf(vars);
        states = List.copyOf(states);
    }
}
