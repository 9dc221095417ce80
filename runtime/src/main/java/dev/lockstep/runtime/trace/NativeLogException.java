package dev.lockstep.runtime.trace;

/**
 * A native log line that cannot be read: not JSON, not an object, a missing or mistyped field, or a
 * value that is not ITF. {@link #line()} is 1-based (0 when unknown).
 */
public final class NativeLogException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final String problem;

    public NativeLogException(int line, String problem) {
        super((line > 0 ? "line " + line + ": " : "") + problem);
        this.line = line;
        this.problem = problem;
    }

    /** The 1-based line number, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** What is wrong, without the line number. */
    public String problem() {
        return problem;
    }
}
