package dev.lockstep.runtime.machine;

import dev.lockstep.runtime.choice.Choice;
import dev.lockstep.runtime.trace.Allowed;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceWriter;
import dev.lockstep.runtime.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a {@link SpecMachine} one atomic step at a time: picks an action instance through the
 * {@link Choice} (reason {@value #NEXT_REASON}) among those the spec enables ({@link
 * SpecMachine#enabled}) and the implementation takes ({@link SpecMachine#allows}), applies its
 * effect, tells the machine the step was taken ({@link SpecMachine#taken}) and logs one native log
 * event (action, parameters, state after the step) through the {@link TraceWriter}.
 *
 * <p>Missing behaviour is a divergence too: each logged state carries the instances the spec
 * enables there that the implementation refuses ({@code refused}), which {@code lockstep validate}
 * checks with TLC. When the implementation refuses every instance the spec enables, the runner is
 * stuck where the spec is not and throws {@link StuckException}; when the spec enables nothing, the
 * behaviour has deadlocked or terminated ({@link #deadlocked()}). Each logged state also carries the
 * instances the runner would choose from there ({@link Allowed}, written as its change since the
 * previous line): {@code lockstep validate} compares them with what TLC finds enabled, so a
 * translated guard that is wrong (stronger or weaker than the spec's) is caught at the first state
 * where it matters, whether or not the run takes the action. Not thread-safe: a runner is one
 * behaviour.
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
    private Options options;
    private int taken;
    /** The allowed set logged last, null before the first line. */
    private List<ActionCall> loggedAllowed;

    /** What the spec enables in a state, split by what the implementation does with it. */
    private record Options(List<ActionCall> allowed, List<ActionCall> refused) {
        boolean deadlock() {
            return allowed.isEmpty() && refused.isEmpty();
        }
    }

    public StepRunner(SpecMachine<S> machine, Choice choice, TraceWriter log) {
        this.machine = Objects.requireNonNull(machine, "machine");
        this.choice = Objects.requireNonNull(choice, "choice");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Chooses an initial state and logs it as {@code Init}, with its refusals. */
    public S start() {
        state = machine.init(choice);
        options = options(state);
        taken = 0;
        loggedAllowed = null;
        log(TraceEvent.INIT, Map.of(), state);
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

    /** The action instances the spec enables in the current state that the implementation refuses. */
    public List<ActionCall> refused() {
        return options == null ? List.of() : options.refused();
    }

    /** Whether the spec enables no action in the current state (a deadlock, or the behaviour's end). */
    public boolean deadlocked() {
        return options != null && options.deadlock();
    }

    /**
     * Takes one step: returns false (and logs nothing) when the spec enables no action, i.e. the
     * behaviour deadlocks or has terminated.
     *
     * @throws StuckException when the spec enables actions here and the implementation refuses all
     */
    public boolean step() {
        if (state == null) {
            start();
        }
        if (options.deadlock()) {
            return false;
        }
        if (options.allowed().isEmpty()) {
            throw new StuckException(machine.specName(), taken, options.refused());
        }
        ActionCall call = choice.choose(NEXT_REASON, options.allowed());
        S next = machine.step(state, call, choice);
        if (next == null) {
            throw new IllegalStateException(call + " was reported enabled but has no successor (an implementation"
                    + " that does not take a step the spec enables says so in allows(state, call))");
        }
        machine.taken(state, call, next);
        state = next;
        last = call;
        taken++;
        options = options(next);
        log(call.action(), call.params(), next);
        return true;
    }

    private void log(String action, Map<String, Value> params, S s) {
        log.step(action, params, machine.variables(s), options.refused(),
                Allowed.between(loggedAllowed, options.allowed()));
        loggedAllowed = options.allowed();
    }

    /** Takes up to {@code maxSteps} steps; returns how many were taken. */
    public int run(int maxSteps) {
        int n = 0;
        while (n < maxSteps && step()) {
            n++;
        }
        return n;
    }

    private Options options(S s) {
        List<ActionCall> allowed = new ArrayList<>();
        List<ActionCall> refused = new ArrayList<>();
        for (ActionCall call : machine.enabled(s)) {
            (machine.allows(s, call) ? allowed : refused).add(call);
        }
        return new Options(List.copyOf(allowed), List.copyOf(refused));
    }
}
