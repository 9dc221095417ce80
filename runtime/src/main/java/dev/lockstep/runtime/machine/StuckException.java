package dev.lockstep.runtime.machine;

import java.util.List;

/**
 * The implementation is stuck where the spec is not: in the current state the spec enables
 * {@link #refused()} and the implementation ({@link SpecMachine#allows}) takes none of them. A
 * {@link StepRunner} throws it after logging that state, with the refusals, so the log shows where.
 */
public final class StuckException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ActionCall> refused;
    private final int steps;

    public StuckException(String spec, int steps, List<ActionCall> refused) {
        super("the implementation of " + spec + " is stuck after " + steps + " step(s): the spec enables "
                + describe(refused) + " here, and the implementation refused " + (refused.size() == 1 ? "it" : "all of them"));
        this.refused = List.copyOf(refused);
        this.steps = steps;
    }

    /** The action instances the spec enables in the stuck state, all refused. */
    public List<ActionCall> refused() {
        return refused;
    }

    /** The steps taken before the runner got stuck. */
    public int steps() {
        return steps;
    }

    private static String describe(List<ActionCall> calls) {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(calls.size(), 5);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : ", ").append(calls.get(i));
        }
        return calls.size() > shown ? sb.append(" and ").append(calls.size() - shown).append(" more").toString()
                : sb.toString();
    }
}
