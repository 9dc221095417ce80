package dev.lockstep.runtime.itf;

/**
 * JSON that is not a valid ITF value or trace. {@link #path()} is a JSON pointer to the offending
 * node (e.g. {@code /states/3/balance/#map/0}), so callers can say exactly where the input is wrong.
 */
public final class ItfException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final String problem;

    public ItfException(String path, String problem) {
        super((path.isEmpty() ? "" : "at " + path + ": ") + problem);
        this.path = path;
        this.problem = problem;
    }

    /** JSON pointer to the node that is wrong; empty for the root. */
    public String path() {
        return path;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
