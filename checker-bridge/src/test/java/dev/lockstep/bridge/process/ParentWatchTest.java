package dev.lockstep.bridge.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Children start through {@link ParentWatch}: they run their real main with its arguments and exit
 * code, and halt when the JVM that started them is killed with SIGKILL.
 */
class ParentWatchTest {
    @TempDir
    Path dir;

    private static List<Path> testClasspath() {
        List<Path> cp = new ArrayList<>();
        for (String s : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!s.isEmpty()) {
                cp.add(Path.of(s));
            }
        }
        return cp;
    }

    /** A child main: prints its arguments, then exits with the code given as the first one. */
    public static final class Echo {
        public static void main(String[] args) {
            System.out.println(String.join("|", args));
            System.exit(Integer.parseInt(args[0]));
        }
    }

    /** A child main that throws, in a class that is not public (as {@code pcal.trans}). */
    static final class Fails {
        public static void main(String[] args) {
            throw new IllegalStateException("boom from the child");
        }
    }

    /** A child main that says it runs, then would run for ten minutes. */
    public static final class Sleeps {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("running");
            System.out.flush();
            Thread.sleep(600_000);
        }
    }

    /**
     * A parent main: starts a {@link Sleeps} child through {@link ChildJvm}, prints its pid and its
     * first line once it runs, then waits.
     */
    public static final class StartsChild {
        public static void main(String[] args) throws Exception {
            RunningJvm child = ChildJvm.of(testClasspath(), Sleeps.class.getName(), Path.of(args[0])).start();
            String first = new BufferedReader(new InputStreamReader(child.stdout(), StandardCharsets.UTF_8)).readLine();
            System.out.println(child.pid() + " " + first);
            System.out.flush();
            Thread.sleep(600_000);
        }
    }

    @Test
    void theChildRunsItsMainWithItsArgumentsAndExitCode() throws Exception {
        ChildJvm jvm = ChildJvm.of(testClasspath(), Echo.class.getName(), dir).withArguments(List.of("7", "a b", "-x"));
        try (RunningJvm run = jvm.start()) {
            assertTrue(run.command().contains(ParentWatch.class.getName()), run.command().toString());
            String out = new String(run.stdout().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertEquals("7|a b|-x", out);
            assertEquals(7, run.waitFor());
        }
    }

    @Test
    void aChildsExceptionIsReportedAsItsOwn() throws Exception {
        try (RunningJvm run = ChildJvm.of(testClasspath(), Fails.class.getName(), dir).start()) {
            String out = new String(run.stdout().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(out.contains("java.lang.IllegalStateException: boom from the child"), out);
            assertFalse(out.contains("InvocationTargetException"), out);
            assertEquals(1, run.waitFor());
        }
    }

    @Test
    void closingRemovesTheLauncherFolder() throws Exception {
        RunningJvm run = ChildJvm.of(testClasspath(), Echo.class.getName(), dir).withArguments(List.of("0")).start();
        String cp = run.command().get(run.command().indexOf("-cp") + 1);
        Path launcher = Path.of(cp.substring(cp.lastIndexOf(File.pathSeparator) + 1));
        assertTrue(Files.exists(launcher.resolve(ScratchDir.OWNER_FILE)));
        run.waitFor();
        run.close();
        assertFalse(Files.exists(launcher));
    }

    @Test
    @Timeout(60)
    void aChildHaltsWhenItsParentIsKilled() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        List<ProcessHandle> children = new ArrayList<>();
        Process parent = new ProcessBuilder(ChildJvm.currentJava().toString(), "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), StartsChild.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            String[] started = r.readLine().trim().split(" ");
            assertEquals("running", started[1], "the child runs its main");
            ProcessHandle child = ProcessHandle.of(Long.parseLong(started[0])).orElseThrow();
            children.add(child);
            assertFalse(Liveness.ended(child));
            List<Path> launchDirs;
            try (Stream<Path> s = Files.list(tmp)) {
                launchDirs = s.filter(p -> p.getFileName().toString().startsWith("lockstep-launch-")).toList();
            }
            assertEquals(1, launchDirs.size(), launchDirs.toString());

            parent.destroyForcibly(); // SIGKILL: no shutdown hook runs in the parent
            assertTrue(parent.waitFor(10, TimeUnit.SECONDS));
            assertTrue(awaitEnded(child, 10_000), "the child outlived its parent");

            assertTrue(ScratchDir.ownerGone(launchDirs.get(0)));
            ScratchDir.create(tmp, "next");
            assertFalse(Files.exists(launchDirs.get(0)), "the next run removes the launcher folder left behind");
        } finally {
            parent.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** Waits at most {@code millis} for {@code p} to end. */
    static boolean awaitEnded(ProcessHandle p, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (Liveness.ended(p)) {
                return true;
            }
            Thread.sleep(50);
        }
        return Liveness.ended(p);
    }
}
