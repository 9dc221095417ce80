package dev.lockstep.runtime.trace;

import dev.lockstep.runtime.machine.ActionCall;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The action instances the implementation would take from the state a native log line logs: those
 * its guards enable and it allows ({@link dev.lockstep.runtime.machine.SpecMachine#allows}). A
 * {@link dev.lockstep.runtime.machine.StepRunner} logs it so that {@code lockstep validate} can
 * compare it with what TLC says the spec enables there, an oracle independent of the generated
 * guards: an instance the spec enables that is not allowed is missing behaviour, an allowed one the
 * spec does not enable is a guard weaker than the spec's.
 *
 * <p>Written as the whole set ({@link All}) or as its change since the previous line of the run
 * ({@link Change}), whichever is shorter; a line without the field leaves the set as it was.
 */
public sealed interface Allowed {

    /** The whole set: {@code "allowed":[{"action":..., "params":{...}}, ...]}. */
    record All(List<ActionCall> calls) implements Allowed {
        public All {
            calls = List.copyOf(calls);
        }
    }

    /** The change since the previous line: {@code "allowed":{"add":[...], "drop":[...]}}. */
    record Change(List<ActionCall> add, List<ActionCall> drop) implements Allowed {
        public Change {
            add = List.copyOf(add);
            drop = List.copyOf(drop);
        }
    }

    /**
     * What to log for the set {@code now} after the set {@code before} (null on a run's first
     * line): nothing when they are equal, else the shorter of the whole set and the change.
     */
    static Optional<Allowed> between(List<ActionCall> before, List<ActionCall> now) {
        if (before == null) {
            return Optional.of(new All(now));
        }
        Set<ActionCall> was = new LinkedHashSet<>(before);
        Set<ActionCall> is = new LinkedHashSet<>(now);
        List<ActionCall> add = new ArrayList<>();
        for (ActionCall c : now) {
            if (!was.contains(c)) {
                add.add(c);
            }
        }
        List<ActionCall> drop = new ArrayList<>();
        for (ActionCall c : before) {
            if (!is.contains(c)) {
                drop.add(c);
            }
        }
        if (add.isEmpty() && drop.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(now.size() <= add.size() + drop.size() ? new All(now) : new Change(add, drop));
    }
}
