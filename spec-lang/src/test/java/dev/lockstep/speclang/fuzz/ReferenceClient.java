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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The fuzzer's end of {@link ReferenceTools}: a child JVM kept warm across batches, restarted when
 * it dies or a batch takes longer than the timeout (the batch's cases are then left unjudged).
 * Closing it ends the child; the child also ends when this JVM does.
 */
final class ReferenceClient implements AutoCloseable {
    private final Path workDir;
    private final long timeoutSeconds;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reference-reader");
        t.setDaemon(true);
        return t;
    });
    private Process child;
    private ObjectOutputStream out;
    private ObjectInputStream in;
    /** How many times the child was restarted after a crash or timeout. */
    int restarts;

    ReferenceClient(Path workDir, long timeoutSeconds) {
        this.workDir = workDir;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The verdicts on {@code cases}, in order; null when the reference tools did not answer. */
    List<ReferenceTools.Verdict> judge(List<ReferenceTools.Case> cases) throws IOException {
        if (child == null || !child.isAlive()) {
            start();
        }
        try {
            out.writeObject(new ReferenceTools.Batch(new ArrayList<>(cases)));
            out.flush();
            out.reset();
            Future<Object> answer = reader.submit(() -> in.readObject());
            return ((ReferenceTools.Answers) answer.get(timeoutSeconds, TimeUnit.SECONDS)).verdicts();
        } catch (TimeoutException | IOException | java.util.concurrent.ExecutionException e) {
            stop();
            restarts++;
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            return null;
        }
    }

    private void start() throws IOException {
        Files.createDirectories(workDir.resolve("tmp"));
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = String.join(java.io.File.pathSeparator, location(tla2sany.SANY.class), location(ReferenceTools.class),
                location(dev.lockstep.speclang.resolve.LockstepLibrary.class));
        child = new ProcessBuilder(javaBin, "-Xss8m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + workDir.resolve("tmp").toAbsolutePath(), "-cp", cp, ReferenceTools.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        out = new ObjectOutputStream(new BufferedOutputStream(child.getOutputStream()));
        out.flush();
        in = new ObjectInputStream(new BufferedInputStream(child.getInputStream()));
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void stop() {
        if (child != null) {
            child.destroyForcibly();
            try {
                child.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            child = null;
        }
    }

    @Override
    public void close() {
        stop();
        reader.shutdownNow();
    }
}
