package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lockstep.bridge.process.ChildJvm;
import dev.lockstep.bridge.process.Liveness;
import dev.lockstep.bridge.process.ScratchDir;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * No child outlives a Lockstep killed with SIGKILL: a real {@code lockstep check} (TLC) and a real
 * {@code lockstep validate} (the evaluator host) run as separate JVMs, are killed once their child
 * runs, and every process below them must be gone within seconds; the next run removes the work
 * folders they left.
 */
class NoOrphanTest {
    /** A spec whose state space never ends: TLC would search until the integers run out. */
    private static final String FOREVER = """
            ---- MODULE Forever ----
            EXTENDS Naturals
            VARIABLE n
            Init == n = 0
            Next == n' = n + 1
            ====
            """;
    private static final String SMALL = """
            ---- MODULE Small ----
            EXTENDS Naturals
            VARIABLE n
            Init == n = 0
            Next == n' = (n + 1) % 3
            ====
            """;

    @TempDir
    Path dir;

    private Path spec(String module, String text) throws IOException {
        Files.writeString(dir.resolve(module + ".cfg"), "INIT Init\nNEXT Next\n", StandardCharsets.UTF_8);
        return Files.writeString(dir.resolve(module + ".tla"), text, StandardCharsets.UTF_8);
    }

    /** {@code lockstep ARGS} in a JVM of its own, with {@code tmp} as its temp folder. */
    private Process lockstep(Path tmp, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ChildJvm.currentJava().toString(), "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("lockstep-" + args[0] + ".out").toFile()).start();
    }

    private static boolean await(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    private static boolean hasDescendant(Process p, String mainClass) {
        return p.descendants().anyMatch(d -> d.info().commandLine().orElse("").contains(mainClass));
    }

    private static List<Path> list(Path folder, String prefix) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    /** SIGKILLs {@code parent} and asserts that every one of {@code descendants} ends within seconds. */
    private static void killAndAssertNoOrphan(Process parent, List<ProcessHandle> descendants) throws InterruptedException {
        parent.destroyForcibly(); // SIGKILL on Unix: no shutdown hook runs
        assertTrue(parent.waitFor(10, TimeUnit.SECONDS));
        for (ProcessHandle d : descendants) {
            assertTrue(await(() -> Liveness.ended(d), 10_000),
                    "pid " + d.pid() + " outlived its killed parent: " + d.info().commandLine().orElse("?"));
        }
    }

    @Test
    @Timeout(120)
    void aKilledCheckLeavesNoTlcRunningAndTheNextRunRemovesItsWorkFolder() throws Exception {
        Path forever = spec("Forever", FOREVER);
        Path small = spec("Small", SMALL);
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Process check = lockstep(tmp, "check", forever.toString(), "--no-progress", "--work-dir", work.toString());
        List<ProcessHandle> descendants = new ArrayList<>();
        try {
            assertTrue(await(() -> hasDescendant(check, "tlc2.TLC"), 60_000), "TLC never started");
            // TLC has begun its search once it has made its states folder
            assertTrue(await(() -> {
                try {
                    List<Path> runs = list(work, "lockstep-Forever-");
                    return runs.size() == 1 && list(runs.get(0).resolve("states"), "").size() > 0;
                } catch (IOException e) {
                    return false;
                }
            }, 60_000), "TLC never began its search");
            descendants.addAll(check.descendants().toList());
            assertFalse(descendants.isEmpty());
            Path stale = list(work, "lockstep-Forever-").get(0);

            killAndAssertNoOrphan(check, descendants);

            assertTrue(Files.exists(stale), "the killed run could not clean up");
            CliRun next = CliRun.run("check", small.toString(), "--no-progress", "--work-dir", work.toString());
            assertEquals(0, next.exitCode(), next.err());
            assertFalse(Files.exists(stale), "the next run removes the work folder of the killed one");
            assertEquals(1, ScratchDir.removeStale(tmp).size(), "the killed run's launcher folder is stale");
        } finally {
            check.destroyForcibly();
            descendants.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    @Timeout(120)
    void aKilledValidateLeavesNoEvaluatorHostRunning() throws Exception {
        Path forever = spec("Forever", FOREVER);
        Path fifo = dir.resolve("log.ndjson");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "needs mkfifo");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        // The host reads the log itself: it gets two lines, then waits for more that never come.
        CompletableFuture<OutputStream> writer = CompletableFuture.supplyAsync(() -> {
            try {
                OutputStream out = new FileOutputStream(fifo.toFile());
                out.write("""
                        {"action":"Init","state":{"n":0}}
                        {"action":"Next","state":{"n":1}}
                        """.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return out;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Process validate = lockstep(tmp, "validate", forever.toString(), "--trace", fifo.toString());
        List<ProcessHandle> descendants = new ArrayList<>();
        try {
            assertTrue(await(writer::isDone, 60_000), "the evaluator host never opened the log");
            assertTrue(hasDescendant(validate, "dev.lockstep.validator.host.EvaluatorHost"));
            descendants.addAll(validate.descendants().toList());

            killAndAssertNoOrphan(validate, descendants);

            List<Path> left = list(tmp, "lockstep-");
            assertEquals(2, left.size(), "the validate work folder and the host's launcher folder: " + left);
            ScratchDir.create(tmp, "next");
            assertEquals(List.of(), list(tmp, "lockstep-").stream().filter(left::contains).toList(),
                    "the next run removes what the killed one left");
        } finally {
            validate.destroyForcibly();
            descendants.forEach(ProcessHandle::destroyForcibly);
            if (!writer.isDone()) {
                new FileInputStream(fifo.toFile()).close(); // unblocks the writer's open
            }
            writer.thenAccept(out -> {
                try {
                    out.close();
                } catch (IOException e) {
                    // the reader is gone
                }
            });
        }
    }
}
