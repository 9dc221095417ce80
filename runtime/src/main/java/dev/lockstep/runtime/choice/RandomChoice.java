package dev.lockstep.runtime.choice;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Picks uniformly at random from a seed: the same seed and the same questions give the same answers. */
public final class RandomChoice implements Choice {
    private final long seed;
    private final SplittableRandom random;
    private final List<ChoiceRecord> recorded = new ArrayList<>();

    public RandomChoice(long seed) {
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    public long seed() {
        return seed;
    }

    @Override
    public synchronized int pick(String reason, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("nothing to choose from for " + reason);
        }
        int i = count == 1 ? 0 : random.nextInt(count);
        recorded.add(new ChoiceRecord(reason, i, count));
        return i;
    }

    @Override
    public synchronized List<ChoiceRecord> recorded() {
        return List.copyOf(recorded);
    }
}
