package dev.lockstep.runtime.choice;

import java.util.ArrayList;
import java.util.List;

/**
 * Enumerates every combination of choices, depth first: run the code, then {@link #advance()} and
 * run it again until {@code advance} returns false. Each run takes option 0 for every question
 * beyond the current prefix; {@code advance} moves the last choice that still has options left.
 *
 * <pre>{@code
 * ExhaustiveChoice c = new ExhaustiveChoice();
 * do { runOneStep(state, c); } while (c.advance());
 * }</pre>
 */
public final class ExhaustiveChoice implements Choice {
    private List<ChoiceRecord> prefix = List.of();
    private final List<ChoiceRecord> recorded = new ArrayList<>();

    @Override
    public synchronized int pick(String reason, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("nothing to choose from for " + reason);
        }
        int pos = recorded.size();
        int index = 0;
        if (pos < prefix.size()) {
            ChoiceRecord p = prefix.get(pos);
            if (!p.reason().equals(reason) || p.count() != count) {
                throw new ChoiceReplayException(pos, "the run is not deterministic given its choices: recorded "
                        + p.reason() + "/" + p.count() + ", asked " + reason + "/" + count);
            }
            index = p.index();
        }
        recorded.add(new ChoiceRecord(reason, index, count));
        return index;
    }

    /** Moves to the next combination and forgets this run's choices; false when all are done. */
    public synchronized boolean advance() {
        for (int i = recorded.size() - 1; i >= 0; i--) {
            ChoiceRecord r = recorded.get(i);
            if (r.index() + 1 < r.count()) {
                List<ChoiceRecord> next = new ArrayList<>(recorded.subList(0, i));
                next.add(new ChoiceRecord(r.reason(), r.index() + 1, r.count()));
                prefix = List.copyOf(next);
                recorded.clear();
                return true;
            }
        }
        recorded.clear();
        return false;
    }

    @Override
    public synchronized List<ChoiceRecord> recorded() {
        return List.copyOf(recorded);
    }
}
