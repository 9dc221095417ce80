package dev.lockstep.validator.log;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects malformed-input problems. Without {@code --keep-going} the first problem stops reading;
 * with it, readers skip bad lines and report every one.
 */
public final class Problems {
    private final boolean keepGoing;
    private final List<LogProblem> problems = new ArrayList<>();

    public Problems(boolean keepGoing) {
        this.keepGoing = keepGoing;
    }

    public synchronized void report(LogProblem p) {
        problems.add(p);
    }

    /** Whether reading should stop now. */
    public synchronized boolean stop() {
        return !keepGoing && !problems.isEmpty();
    }

    public synchronized boolean any() {
        return !problems.isEmpty();
    }

    public boolean keepGoing() {
        return keepGoing;
    }

    public synchronized List<LogProblem> all() {
        return List.copyOf(problems);
    }

    /** The problems reported after the first {@code count}, in order (none: an empty list). */
    public synchronized List<LogProblem> since(int count) {
        return problems.size() <= count ? List.of() : List.copyOf(problems.subList(count, problems.size()));
    }
}
