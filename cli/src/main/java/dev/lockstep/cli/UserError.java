package dev.lockstep.cli;

import dev.lockstep.bridge.ExitCode;

/**
 * A failure caused by the user's input or environment (missing file, bad option value), not a bug.
 * The CLI prints {@link #render()} and exits with {@link #exitCode()}; no stack trace without
 * {@code --debug}.
 */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ExitCode exitCode;

    public UserError(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public UserError(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    /** The message as printed: messages that start with a location are printed as they are. */
    public String render() {
        String m = getMessage();
        return m.contains(": error: ") ? m : "lockstep: error: " + m;
    }
}
