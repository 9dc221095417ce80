package dev.lockstep.speclang.fuzz;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The fuzzer's end of {@link ReferenceTools}: {@code jobs} child JVMs kept warm across batches,
 * each judging a slice of every batch at the same time (the tools keep static state, so a JVM
 * judges one case at a time). A child is restarted when it dies or its slice takes longer than the
 * timeout (the batch's cases are then left unjudged). Closing the client ends the children; a child
 * also ends when this JVM does.
 */
final class ReferenceClient implements AutoCloseable {
    private final Path workDir;
    private final long timeoutSeconds;
    private final List<Child> children = new ArrayList<>();
    private final ExecutorService pool;
    /** How many times a child was restarted after a crash or timeout. */
    int restarts;
    /**
     * Why the last {@link #judge} call gave no verdicts (a child timed out, died or answered
     * short), or null when it gave them all.
     */
    String lastFailure;
    /** The children's time on cases without and with a PlusCal algorithm (ns), as they measured it. */
    long sanyNanos;
    long pcalNanos;
    /** The CPU time of the children that have ended (ns). */
    long childCpuNanos;

    ReferenceClient(Path workDir, long timeoutSeconds) {
        this(workDir, timeoutSeconds, 1);
    }

    ReferenceClient(Path workDir, long timeoutSeconds, int jobs) {
        this.workDir = workDir;
        this.timeoutSeconds = timeoutSeconds;
        for (int i = 0; i < jobs; i++) {
            children.add(new Child(i));
        }
        pool = Executors.newFixedThreadPool(jobs, r -> {
            Thread t = new Thread(r, "reference-client");
            t.setDaemon(true);
            return t;
        });
    }

    /** The verdicts on {@code cases}, in order; null when the reference tools did not answer ({@link #lastFailure} says why). */
    List<ReferenceTools.Verdict> judge(List<ReferenceTools.Case> cases) throws IOException {
        lastFailure = null;
        int slices = Math.max(1, Math.min(children.size(), cases.size() / 4));
        int size = (cases.size() + slices - 1) / slices;
        List<Future<ReferenceTools.Answers>> parts = new ArrayList<>();
        for (int k = 0; k < slices; k++) {
            Child child = children.get(k);
            List<ReferenceTools.Case> slice = new ArrayList<>(cases.subList(Math.min(cases.size(), k * size),
                    Math.min(cases.size(), (k + 1) * size)));
            parts.add(pool.submit(() -> child.judge(slice)));
        }
        List<ReferenceTools.Verdict> out = new ArrayList<>();
        boolean failed = false;
        for (int k = 0; k < parts.size(); k++) {
            ReferenceTools.Answers a;
            try {
                a = parts.get(k).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                lastFailure = "interrupted";
                return null;
            } catch (ExecutionException e) {
                a = null;
                children.get(k).failure = "the reference child could not be started (" + e.getCause() + ")";
            }
            int expected = Math.min(cases.size(), (k + 1) * size) - Math.min(cases.size(), k * size);
            if (a != null && a.verdicts().size() != expected) {
                children.get(k).failure = "the reference child gave " + a.verdicts().size() + " verdicts for " + expected + " cases";
                a = null;
            }
            if (a == null) {
                failed = true;
                if (lastFailure == null) {
                    lastFailure = children.get(k).failure;
                }
                continue;
            }
            for (int i = 0; i < a.verdicts().size(); i++) {
                if (cases.get(out.size()).pluscal()) {
                    pcalNanos += a.nanos()[i];
                } else {
                    sanyNanos += a.nanos()[i];
                }
                out.add(a.verdicts().get(i));
            }
        }
        return failed ? null : out;
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        for (Child c : children) {
            c.stop();
            c.reader.shutdownNow();
        }
    }

    /** One child JVM, with its own scratch folder (SANY writes the standard modules there). */
    private final class Child {
        private final int id;
        private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "reference-reader");
            t.setDaemon(true);
            return t;
        });
        private Process process;
        /** Why this child's last slice got no answers. */
        private String failure;
        private ObjectOutputStream out;
        private ObjectInputStream in;

        Child(int id) {
            this.id = id;
        }

        /** The answers on {@code cases}, or null (the child is then stopped, and restarted on the next call). */
        ReferenceTools.Answers judge(List<ReferenceTools.Case> cases) throws IOException {
            if (process == null || !process.isAlive()) {
                start();
            }
            try {
                out.writeObject(new ReferenceTools.Batch(cases));
                out.flush();
                out.reset();
                Future<Object> answer = reader.submit(() -> in.readObject());
                return (ReferenceTools.Answers) answer.get(timeoutSeconds, TimeUnit.SECONDS);
            } catch (TimeoutException | IOException | ExecutionException e) {
                failure = e instanceof TimeoutException ? "the reference child timed out after " + timeoutSeconds + " s"
                        : "the reference child crashed or closed its stream (" + (e instanceof ExecutionException x ? x.getCause() : e) + ")";
                stop();
                synchronized (ReferenceClient.this) {
                    restarts++;
                }
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = "interrupted";
                stop();
                return null;
            }
        }

        private void start() throws IOException {
            Path tmp = workDir.resolve("tmp" + id);
            Files.createDirectories(tmp);
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String cp = String.join(java.io.File.pathSeparator, location(tla2sany.SANY.class), location(ReferenceTools.class),
                    location(dev.lockstep.speclang.resolve.LockstepLibrary.class));
            process = new ProcessBuilder(javaBin, "-Xss8m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Djava.io.tmpdir=" + tmp.toAbsolutePath(), "-cp", cp, ReferenceTools.class.getName())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            out = new ObjectOutputStream(new BufferedOutputStream(process.getOutputStream()));
            out.flush();
            in = new ObjectInputStream(new BufferedInputStream(process.getInputStream()));
        }

        void stop() {
            if (process != null) {
                long cpu = process.toHandle().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
                synchronized (ReferenceClient.this) {
                    childCpuNanos += cpu;
                }
                process.destroyForcibly();
                try {
                    process.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                process = null;
            }
        }
    }
}
