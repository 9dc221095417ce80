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

    public void report(LogProblem p) {
        problems.add(p);
    }

    /** Whether reading should stop now. */
    public boolean stop() {
        return !keepGoing && !problems.isEmpty();
    }

    public boolean any() {
        return !problems.isEmpty();
    }

    public boolean keepGoing() {
        return keepGoing;
    }

    public List<LogProblem> all() {
        return List.copyOf(problems);
    }
}
