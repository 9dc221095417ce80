package dev.lockstep.validator;

import dev.lockstep.bridge.process.RunningJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The evaluator host running in a child JVM (the bridge's {@link RunningJvm}, which never outlives
 * Lockstep). Answers are read line by line from its stdout; its stderr (TLC's console output) is
 * drained by a thread that keeps the tail for error messages. A host that writes its class archive
 * ({@link ClassArchive}) is given the time to finish it when closed.
 */
final class HostProcess implements AutoCloseable {
    private static final int STDERR_TAIL = 200;
    /** How long a host that writes its class archive at exit is waited for once its work is done. */
    private static final long ARCHIVE_WAIT_MILLIS = 30_000;

    private final RunningJvm jvm;
    private final BufferedReader answers;
    private final Writer requests;
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final ClassArchive archive;

    HostProcess(RunningJvm jvm, ClassArchive archive) {
        this.jvm = jvm;
        this.archive = archive;
        this.answers = new BufferedReader(new InputStreamReader(jvm.stdout(), StandardCharsets.UTF_8));
        this.requests = new OutputStreamWriter(jvm.stdin(), StandardCharsets.UTF_8);
        Thread err = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(jvm.stderr(), StandardCharsets.UTF_8))) {
                String l;
                while ((l = r.readLine()) != null) {
                    synchronized (stderrTail) {
                        stderrTail.addLast(l);
                        if (stderrTail.size() > STDERR_TAIL) {
                            stderrTail.removeFirst();
                        }
                    }
                }
            } catch (IOException e) {
                // the child went away
            }
        }, "lockstep-host-stderr");
        err.setDaemon(true);
        err.start();
    }

    void send(String line) throws IOException {
        requests.write(line);
        requests.write('\n');
        requests.flush();
    }

    /** The next answer, or null when the host has gone. */
    String answer() throws IOException {
        return answers.readLine();
    }

    String stderrTail() {
        synchronized (stderrTail) {
            return String.join("\n", stderrTail);
        }
    }

    /**
     * Ends a host that was never given work (started ahead and not taken): the class archive it
     * would write at exit is not kept, since it would hold only the classes of a JVM that started
     * and waited, and the next hosts would map that instead of a full one until the jar changes.
     */
    void abandon() {
        jvm.close();
        if (archive != null) {
            archive.keep(-1);
        }
    }

    /**
     * Ends the host. One that writes its class archive at exit gets its standard input closed (a
     * host waiting for a request then exits) and up to {@value #ARCHIVE_WAIT_MILLIS} ms to exit by
     * itself; the archive is kept only when it did, with exit code 0.
     */
    @Override
    public void close() {
        if (archive == null || archive.pending() == null) {
            jvm.close();
            return;
        }
        int exit = -1;
        try {
            try {
                requests.close();
            } catch (IOException e) {
                // the host has gone already: its exit code says whether it wrote the archive
            }
            exit = jvm.waitFor(ARCHIVE_WAIT_MILLIS).orElse(-1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            jvm.close();
            archive.keep(exit);
        }
    }
}
