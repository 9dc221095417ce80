package dev.lockstep.bridge.process;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A started child JVM. Closing it ends the child and every descendant: politely first
 * (SIGTERM, so TLC can run its own shutdown hooks), then forcibly after a grace period. A JVM
 * shutdown hook does the same if Lockstep exits first (Ctrl-C), and the child's {@link ParentWatch}
 * halts it if Lockstep is killed, so no child outlives the command.
 */
public final class RunningJvm implements AutoCloseable {
    private static final long GRACE_MILLIS = 2_000;

    private final Process process;
    private final List<String> command;
    private final Path launcherDir;
    private final Thread shutdownHook;
    private volatile boolean killedByUs;

    RunningJvm(Process process, List<String> command, Path launcherDir) {
        this.process = process;
        this.command = List.copyOf(command);
        this.launcherDir = launcherDir;
        this.shutdownHook = new Thread(this::end, "lockstep-child-reaper-" + process.pid());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public long pid() {
        return process.pid();
    }

    /** The command line the child was started with (through {@link ParentWatch}). */
    public List<String> command() {
        return command;
    }

    /** The child's stdout (and stderr, when merged). */
    public InputStream stdout() {
        return process.getInputStream();
    }

    public InputStream stderr() {
        return process.getErrorStream();
    }

    public OutputStream stdin() {
        return process.getOutputStream();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the child to exit and returns its exit code. */
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** Waits at most {@code millis}; empty when the child is still running. */
    public Optional<Integer> waitFor(long millis) throws InterruptedException {
        return process.waitFor(millis, TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue()) : Optional.empty();
    }

    /** Whether {@link #close()} or the shutdown hook had to end the child. */
    public boolean wasKilled() {
        return killedByUs;
    }

    /** Ends the child and its descendants now. */
    public void destroyTree() {
        if (!process.isAlive() && process.descendants().findAny().isEmpty()) {
            return;
        }
        killedByUs = process.isAlive();
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                descendants.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(GRACE_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            descendants.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void end() {
        destroyTree();
        ScratchDir.deleteQuietly(launcherDir);
    }

    @Override
    public void close() {
        end();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting; the hook runs (or ran) anyway
        }
    }
}
