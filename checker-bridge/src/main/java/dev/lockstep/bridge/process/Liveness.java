package dev.lockstep.bridge.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a process has ended. {@link ProcessHandle#isAlive()} also says yes of a zombie: a process
 * that has exited but that its parent has not reaped yet. An orphan's new parent (init, or the
 * container's first process, which may reap late) reaps it, so a Lockstep JVM killed with SIGKILL,
 * and the children it left, can stay zombies for a while; they run no code and hold no files.
 */
public final class Liveness {
    private Liveness() {
    }

    /** Whether {@code p} has exited (a zombie has). */
    public static boolean ended(ProcessHandle p) {
        return !p.isAlive() || zombie(p.pid());
    }

    /** Whether {@code pid} is a zombie; false where {@code /proc} cannot tell. */
    static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
            int close = stat.lastIndexOf(')');
            return close >= 0 && close + 2 < stat.length() && stat.charAt(close + 2) == 'Z';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
