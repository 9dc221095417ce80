package dev.lockstep.validator;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The evaluator host ({@code dev.lockstep.validator.host.EvaluatorHost}) running in a child JVM,
 * because TLC keeps global static state. Lines written go to its stdin; lines it answers are queued
 * by a reader thread; its stderr (TLC's console output) is drained and its tail kept for error
 * messages. {@link #close()} destroys the process, so none outlives the validation.
 */
final class HostProcess implements AutoCloseable {
    /** Queued when stdout ends. */
    static final String EOF = "\u0000eof";
    private static final int STDERR_TAIL = 200;

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final Thread shutdownHook;

    private HostProcess(Process process) {
        this.process = process;
        this.stdin = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        this.shutdownHook = new Thread(process::destroyForcibly, "lockstep-host-reaper");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        Thread out = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String l;
                while ((l = r.readLine()) != null) {
                    answers.add(l);
                }
            } catch (IOException e) {
                // the process went away; EOF below tells the reader
            } finally {
                answers.add(EOF);
            }
        }, "lockstep-host-stdout");
        out.setDaemon(true);
        out.start();
        Thread err = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
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
                // the process went away
            }
        }, "lockstep-host-stderr");
        err.setDaemon(true);
        err.start();
    }

    /** Starts the host for {@code spec} and {@code config}. */
    static HostProcess start(HostLaunch launch, Path spec, Path config) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(launch.javaExecutable());
        cmd.addAll(launch.jvmArgs());
        cmd.add("-Djava.io.tmpdir=" + launch.workDir());
        cmd.add("-cp");
        cmd.add(launch.classpath());
        cmd.add("dev.lockstep.validator.host.EvaluatorHost");
        cmd.add(spec.toAbsolutePath().toString());
        cmd.add(config.toAbsolutePath().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(launch.workDir().toFile());
        return new HostProcess(pb.start());
    }

    void send(String line) throws IOException {
        stdin.write(line);
        stdin.write('\n');
    }

    void flush() throws IOException {
        stdin.flush();
    }

    /** The next answer, EOF when the host has gone, or null if none came within the timeout. */
    String answer(long timeout, TimeUnit unit) throws InterruptedException {
        return answers.poll(timeout, unit);
    }

    /** An answer if one is already waiting, else null. */
    String pollAnswer() {
        return answers.poll();
    }

    String stderrTail() {
        synchronized (stderrTail) {
            return String.join("\n", stderrTail);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        try {
            stdin.close();
        } catch (IOException e) {
            // the host may already have exited
        }
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook runs anyway
            }
        }
    }
}
