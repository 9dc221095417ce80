package dev.lockstep.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * What a command may touch of the outside world: its streams and environment. Commands never use
 * {@code System.out}, {@code System.err} or {@code System.getenv} directly, so tests can run them
 * in-process.
 */
public record CliContext(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env) {
    /** Whether stderr is an interactive terminal (progress lines are drawn only then). */
    public boolean stderrIsTerminal() {
        return System.console() != null && !"dumb".equals(env.get("TERM")) && env.get("CI") == null;
    }
}
