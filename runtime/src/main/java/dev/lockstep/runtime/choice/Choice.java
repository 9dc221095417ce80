package dev.lockstep.runtime.choice;

import dev.lockstep.runtime.value.SetValue;
import dev.lockstep.runtime.value.TlaEvaluationException;
import dev.lockstep.runtime.value.Value;
import java.util.List;

/**
 * The oracle that resolves the spec's nondeterminism: every {@code either}, {@code with x \in S},
 * {@code \E x \in S} and choice of the next action goes through {@link #pick}, with the reason the
 * choice is made, so tests can seed, replay or enumerate behaviours, and every choice is recorded.
 *
 * <p>Options are always offered in a deterministic order (sets in canonical order), so a recorded
 * list of indexes replays the same behaviour. Implementations: {@link RandomChoice} (seeded),
 * {@link ReplayChoice} (from a recorded list), {@link ExhaustiveChoice} (every combination in turn).
 */
public interface Choice {

    /** Picks one of {@code count} options (count at least 1) for {@code reason}; returns its index. */
    int pick(String reason, int count);

    /** Every choice made so far, in order. */
    List<ChoiceRecord> recorded();

    /** Picks one element of a non-empty list. */
    default <T> T choose(String reason, List<T> options) {
        if (options.isEmpty()) {
            throw new TlaEvaluationException("no option to choose from for " + reason);
        }
        return options.get(pick(reason, options.size()));
    }

    /** Picks one element of a non-empty set, in canonical order ({@code with x \in S}). */
    default Value choose(String reason, SetValue set) {
        if (set.isEmpty()) {
            throw new TlaEvaluationException("no element of the empty set to choose for " + reason);
        }
        return set.elements().get(pick(reason, set.size()));
    }
}
