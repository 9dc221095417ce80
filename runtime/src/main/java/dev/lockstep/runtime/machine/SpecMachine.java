package dev.lockstep.runtime.machine;

import dev.lockstep.runtime.choice.Choice;
import dev.lockstep.runtime.value.Value;
import java.util.List;
import java.util.Map;

/**
 * A spec projected into Java, as {@code lockstep generate} produces it: initial states, the action
 * instances enabled in a state, and the effect of one instance. Like Stateright's {@code Model},
 * it only describes steps; a {@link StepRunner} (or a test, or a model checker) decides which step
 * to take, and every nondeterministic decision goes through a {@link Choice}.
 *
 * @param <S> the generated state type
 */
public interface SpecMachine<S> {

    /** The spec's module name. */
    String specName();

    /**
     * Tells the machine the level of the state it is asked about next, TLC's {@code
     * TLCGet("level")}: 1 for an initial state, one more per step of the behaviour, and 0 while an
     * initial state is chosen (as TLC evaluates {@code Init}); a step is evaluated at the level of
     * the state it leaves. A {@link StepRunner} calls it before {@link #init}, {@link #enabled} and
     * {@link #step}. Generated code of a spec that reads {@code TLCGet("level")} keeps it; others
     * ignore it (the default). Whoever drives the machine without a runner calls it too.
     */
    default void atLevel(int level) {
    }

    /** An initial state, choosing among the spec's initial states with {@code choice}. */
    S init(Choice choice);

    /** The action instances whose guard holds in {@code state}, in a deterministic order. */
    List<ActionCall> enabled(S state);

    /**
     * Whether the implementation takes {@code call} in {@code state}, a call the spec enables there
     * ({@link #enabled}). The generated guards say what the spec allows; an implementation that
     * cannot or will not do a step the spec allows (a resource it lacks, a feature it leaves out)
     * says so here, and a {@link StepRunner} logs the refusal for {@code lockstep validate} to
     * report. Every enabled call is taken by default.
     */
    default boolean allows(S state, ActionCall call) {
        return true;
    }

    /** The state after taking {@code call} in {@code state}, or null when it is not enabled. */
    S step(S state, ActionCall call, Choice choice);

    /** The spec's variables by name, in declaration order, as logged. */
    Map<String, Value> variables(S state);

    /**
     * Called by a {@link StepRunner} once it takes the step {@code call} from {@code before} to
     * {@code after}, before the step is logged; never while successors are only enumerated.
     * Generated code tells its environment here what the step did to the variables that model the
     * outside world (messages sent, received or lost, a clock moved, storage written). Does
     * nothing by default.
     */
    default void taken(S before, ActionCall call, S after) {
    }
}
