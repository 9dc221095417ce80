package dev.lockstep.validator;

import dev.lockstep.bridge.process.ScratchDir;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The direct engine's evaluator host, started on a guess of the spec and logs a command will
 * validate before the command line is parsed: the CLI's option parsing takes about 0.15 s of a
 * command's start, and the host's JVM starts up meanwhile instead of after it. The guess decides
 * nothing: {@link Validator} takes the host only when the launch it computes for the parsed request
 * (java, classpath, JVM options with the module search path, work directory) is the very launch the
 * guess started, for logs on the same side of {@link HostLaunch#QUICK_COMPILER_MAX_LINES}; otherwise
 * the host is ended unused and the validation starts its own, as without a guess.
 *
 * <p>The guess owns its work directory (under the system temp folder, as every validation's) until
 * a validation adopts it, and its host until a validation takes it; {@link #close} ends and removes
 * whichever is not.
 */
public final class HostGuess implements AutoCloseable {
    private final Path work;
    private final HostLaunch launch;
    private final List<Path> logs;
    private final long lines;
    private HostLaunch.Ahead host;
    private boolean adopted;

    private HostGuess(Path work, HostLaunch launch, List<Path> logs, long lines, HostLaunch.Ahead host) {
        this.work = work;
        this.launch = launch;
        this.logs = logs;
        this.lines = lines;
        this.host = host;
    }

    /**
     * Starts the evaluator host {@code validator} would start to validate {@code logs} against
     * {@code spec} with the direct engine, in a work directory of its own.
     */
    public static HostGuess start(Validator validator, Path spec, List<Path> logs) throws IOException {
        Path work = ScratchDir.create(validator.workParent(), "validate");
        try {
            HostLaunch here = validator.launchIn(work, spec);
            List<Path> absolute = absolute(logs);
            long lines = HostLaunch.estimatedLines(absolute);
            return new HostGuess(work, here, absolute, lines, here.ahead(lines));
        } catch (IOException | RuntimeException e) {
            ScratchDir.deleteQuietly(work);
            throw e;
        }
    }

    /**
     * The guess's work directory, from now on the caller's (who removes it), when it lies where a
     * validation under {@code parent} makes its own; else null.
     */
    synchronized Path adoptWorkDir(Path parent) {
        if (adopted || !work.toAbsolutePath().normalize().getParent().equals(parent.toAbsolutePath().normalize())) {
            return null;
        }
        adopted = true;
        return work;
    }

    /**
     * The host, now the caller's, when {@code launch} is the guess's and {@code logs} are the logs
     * guessed or as many lines as far as the compiler options go; else null.
     */
    synchronized HostLaunch.Ahead take(HostLaunch launch, List<Path> logs) {
        if (host == null || !this.launch.equals(launch)) {
            return null;
        }
        List<Path> absolute = absolute(logs);
        if (!absolute.equals(this.logs)
                && (HostLaunch.estimatedLines(absolute) <= HostLaunch.QUICK_COMPILER_MAX_LINES)
                != (lines <= HostLaunch.QUICK_COMPILER_MAX_LINES)) {
            return null;
        }
        HostLaunch.Ahead h = host;
        host = null;
        return h;
    }

    /** Whether the host is still the guess's (no validation took it). */
    synchronized boolean holdsHost() {
        return host != null;
    }

    private static List<Path> absolute(List<Path> logs) {
        return logs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** Ends the host unless a validation took it, and removes the work directory unless one adopted it. */
    @Override
    public synchronized void close() {
        if (host != null) {
            host.close();
            host = null;
        }
        if (!adopted) {
            adopted = true;
            ScratchDir.deleteQuietly(work);
        }
    }
}
