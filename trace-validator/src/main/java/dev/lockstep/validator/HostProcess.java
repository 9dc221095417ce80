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
 * drained by a thread that keeps the tail for error messages.
 */
final class HostProcess implements AutoCloseable {
    private static final int STDERR_TAIL = 200;

    private final RunningJvm jvm;
    private final BufferedReader answers;
    private final Writer requests;
    private final Deque<String> stderrTail = new ArrayDeque<>();

    HostProcess(RunningJvm jvm) {
        this.jvm = jvm;
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

    @Override
    public void close() {
        jvm.close();
    }
}
