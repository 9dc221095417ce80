package dev.lockstep.runtime.machine;

/**
 * How a {@link StepRunner} picks the next step among the action instances it may take in a state.
 * Either way the pick goes through the runner's {@link dev.lockstep.runtime.choice.Choice} (reason
 * {@value StepRunner#NEXT_REASON}), so a seed reproduces the run and recorded choices replay it
 * under the same schedule.
 */
public enum Schedule {
    /** Uniformly at random among the instances allowed in the state. */
    RANDOM,
    /**
     * The instance taken least so far by this runner (over all its behaviours), ties broken at
     * random: a rarely enabled action is taken when it is enabled, and an action that ends the
     * protocol early (an abort, a timeout) does not crowd out the paths that reach the rest. An
     * instance never taken counts its share of its action's steps among the action's instances
     * allowed in the state, so an action with a new instance per message ({@code DropMessage(m)})
     * is not new at every message and does not crowd out one with an instance per server
     * ({@code Receive(s)}). With {@link StepRunner#runBehaviours} the counts carry over from one
     * behaviour to the next, so later behaviours go where earlier ones did not.
     */
    COVERAGE;

    /** The schedule named {@code name} ({@code random} or {@code coverage}, in any case). */
    public static Schedule parse(String name) {
        for (Schedule s : values()) {
            if (s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown schedule '" + name + "': random or coverage");
    }
}
