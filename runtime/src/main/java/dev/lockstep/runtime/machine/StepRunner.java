package dev.lockstep.runtime.machine;

import dev.lockstep.runtime.choice.Choice;
import dev.lockstep.runtime.trace.TraceWriter;
import java.util.List;
import java.util.Objects;

/**
 * Runs a {@link SpecMachine} one atomic step at a time: picks an enabled action instance through
 * the {@link Choice} (reason {@value #NEXT_REASON}), applies its effect, tells the machine the step
 * was taken ({@link SpecMachine#taken}) and logs one native log event (action, parameters, state
 * after the step) through the {@link TraceWriter}. Not
 * thread-safe: a runner is one behaviour.
 *
 * @param <S> the generated state type
 */
public final class StepRunner<S> {
    /** The reason given to the choice oracle when picking the next action instance. */
    public static final String NEXT_REASON = "Next";

    private final SpecMachine<S> machine;
    private final Choice choice;
    private final TraceWriter log;
    private S state;
    private ActionCall last;

    public StepRunner(SpecMachine<S> machine, Choice choice, TraceWriter log) {
        this.machine = Objects.requireNonNull(machine, "machine");
        this.choice = Objects.requireNonNull(choice, "choice");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Chooses an initial state and logs it as {@code Init}. */
    public S start() {
        state = machine.init(choice);
        log.init(machine.variables(state));
        return state;
    }

    /** The current state (null before {@link #start()}). */
    public S state() {
        return state;
    }

    /** The action instance of the last step taken. */
    public ActionCall lastStep() {
        return last;
    }

    /**
     * Takes one step: returns false (and logs nothing) when no action is enabled, i.e. the
     * behaviour deadlocks or has terminated.
     */
    public boolean step() {
        if (state == null) {
            start();
        }
        List<ActionCall> enabled = machine.enabled(state);
        if (enabled.isEmpty()) {
            return false;
        }
        ActionCall call = choice.choose(NEXT_REASON, enabled);
        S next = machine.step(state, call, choice);
        if (next == null) {
            throw new IllegalStateException(call + " was reported enabled but has no successor");
        }
        machine.taken(state, call, next);
        state = next;
        last = call;
        log.step(call.action(), call.params(), machine.variables(next));
        return true;
    }

    /** Takes up to {@code maxSteps} steps; returns how many were taken. */
    public int run(int maxSteps) {
        int n = 0;
        while (n < maxSteps && step()) {
            n++;
        }
        return n;
    }
}
