package dev.lockstep.bridge.trace;

import java.util.List;

/**
 * A behaviour reported by TLC: a counterexample or a simulated run.
 *
 * @param states     the states in order
 * @param loopIndex  for a liveness lasso, the 0-based index of the state the behaviour returns to
 *                   (for final stuttering, the last state's index); {@code -1} when there is no loop
 * @param loopAction the action that closes the loop ({@code null} for stuttering or no loop)
 * @param stuttering whether the behaviour ends by stuttering forever
 */
public record Trace(List<TraceState> states, int loopIndex, String loopAction, boolean stuttering) {
    public Trace {
        states = List.copyOf(states);
    }

    public boolean isLasso() {
        return loopIndex >= 0;
    }

    /** The variables, in the order TLC prints them. */
    public List<String> variables() {
        return states.isEmpty() ? List.of() : List.copyOf(states.get(0).values().keySet());
    }
}
