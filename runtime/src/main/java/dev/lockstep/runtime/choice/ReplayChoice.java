package dev.lockstep.runtime.choice;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers from a recorded list of choices, in order, checking that each question has the recorded
 * reason and number of options; a mismatch throws {@link ChoiceReplayException}.
 */
public final class ReplayChoice implements Choice {
    private final List<ChoiceRecord> script;
    private final List<ChoiceRecord> recorded = new ArrayList<>();

    public ReplayChoice(List<ChoiceRecord> script) {
        this.script = List.copyOf(script);
    }

    @Override
    public synchronized int pick(String reason, int count) {
        int pos = recorded.size();
        if (pos >= script.size()) {
            throw new ChoiceReplayException(pos, "the recording has only " + script.size()
                    + " choices; asked again for " + reason);
        }
        ChoiceRecord r = script.get(pos);
        if (!r.reason().equals(reason)) {
            throw new ChoiceReplayException(pos, "recorded for " + r.reason() + ", asked for " + reason);
        }
        if (r.count() != count) {
            throw new ChoiceReplayException(pos, reason + " had " + r.count() + " options when recorded, now "
                    + count);
        }
        recorded.add(r);
        return r.index();
    }

    @Override
    public synchronized List<ChoiceRecord> recorded() {
        return List.copyOf(recorded);
    }

    /** Whether every recorded choice has been replayed. */
    public synchronized boolean finished() {
        return recorded.size() == script.size();
    }
}
