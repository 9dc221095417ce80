package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real {@code ./lockstep} launcher and the packaged jar, as a user would. */
class LauncherIT {
    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private static Process start(Path outFile, Path errFile, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(CliRun.repoRoot().resolve("lockstep").toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
        // the jar was just packaged by this build: never let the launcher rebuild during a test
        pb.environment().put("LOCKSTEP_NO_BUILD", "1");
        return pb.start();
    }

    private Result run(String... args) throws Exception {
        Path o = dir.resolve("out.txt");
        Path e = dir.resolve("err.txt");
        Process p = start(o, e, args);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "lockstep finished");
        return new Result(p.exitValue(), Files.readString(o), Files.readString(e));
    }

    @Test
    void versionAndHelp() throws Exception {
        Result v = run("--version");
        assertEquals(0, v.exit(), v.err());
        assertTrue(v.out().startsWith("lockstep "), v.out());
        Result h = run("--help");
        assertEquals(0, h.exit());
        assertTrue(h.out().contains("check"), h.out());
    }

    /**
     * The jar ships Lockstep's util.TLAFlightRecorder in place of TLC's, and no class that names
     * a flight-recorder event: the first such class a JVM loads costs it 130-150 ms.
     */
    @Test
    void theJarHoldsNoFlightRecorderEvents() throws Exception {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(CliRun.repoRoot().resolve("cli/target/lockstep.jar").toFile())) {
            assertTrue(jar.getEntry("util/TLAFlightRecorder.class") != null, "TLC's calls find the class");
            byte[] event = "jdk/jfr/Event".getBytes(StandardCharsets.US_ASCII);
            List<String> naming = new ArrayList<>();
            for (java.util.jar.JarEntry e : java.util.Collections.list(jar.entries())) {
                if (e.getName().endsWith(".class")) {
                    try (var in = jar.getInputStream(e)) {
                        byte[] b = in.readAllBytes();
                        for (int i = 0; i + event.length <= b.length; i++) {
                            if (java.util.Arrays.equals(b, i, i + event.length, event, 0, event.length)) {
                                naming.add(e.getName());
                                break;
                            }
                        }
                    }
                }
            }
            assertEquals(List.of(), naming);
        }
    }

    @Test
    void checksALibrarySpecAndReturnsTlcExitCodes() throws Exception {
        Path root = CliRun.repoRoot();
        Result ok = run("check", root.resolve("specs/TwoPhaseCommit/TwoPhaseCommit.tla").toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("No error found."), ok.out());
        Result bad = run("check", root.resolve("specs/TwoPhaseCommitBuggy/TwoPhaseCommitBuggy.tla").toString());
        assertEquals(12, bad.exit(), bad.err());
        assertTrue(bad.out().contains("Counterexample"), bad.out());
    }

    /**
     * validate maps a class archive the launcher keeps beside the jar, one per java executable,
     * named after its path (found on PATH by the launcher itself); a second run maps it and gives
     * the same verdict.
     */
    @Test
    void validateKeepsAClassArchivePerJavaBesideTheJar() throws Exception {
        Path validate = Path.of("src", "test", "resources", "validate").toAbsolutePath();
        String spec = validate.resolve("Counter.tla").toString();
        String log = validate.resolve("ok.ndjson").toString();
        Result first = run("validate", spec, "--trace", log);
        assertEquals(0, first.exit(), first.err());
        Path target = CliRun.repoRoot().resolve("cli/target");
        Path java = null;
        for (String d : System.getenv("PATH").split(":")) {
            Path j = Path.of(d.isEmpty() ? "." : d, "java");
            if (Files.isExecutable(j) && !Files.isDirectory(j)) {
                java = j;
                break;
            }
        }
        assertTrue(java != null, "java on PATH");
        Path archive = target.resolve("lockstep-validate" + java.toString().replaceAll("[^A-Za-z0-9._-]", "_") + ".jsa");
        assertTrue(Files.isRegularFile(archive), archive + " written");
        assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(target.resolve("lockstep.jar"))) >= 0,
                "written after the jar");
        Result second = run("validate", spec, "--trace", log);
        assertEquals(0, second.exit(), second.err());
        assertEquals(first.out(), second.out());
        assertEquals("", second.err());
    }

    /**
     * A validate that stops before validating (a usage error) keeps no class archive, neither the
     * launcher's for the CLI nor the one its evaluator host (started ahead on a guess of the line,
     * never given work) would write: either would hold a fraction of the classes and stand until the
     * next build. The next validate that runs writes both.
     */
    @Test
    void aValidateThatStopsEarlyKeepsNoClassArchive() throws Exception {
        Path validate = Path.of("src", "test", "resources", "validate").toAbsolutePath();
        String spec = validate.resolve("Counter.tla").toString();
        String log = validate.resolve("ok.ndjson").toString();
        Path target = CliRun.repoRoot().resolve("cli/target");
        for (Path a : archives(target)) {
            Files.delete(a);
        }
        Result usage = run("validate", spec, "--trace", log, "--max-line-length", "0");
        assertEquals(2, usage.exit(), usage.err());
        assertEquals(List.of(), archives(target), "no archive from a run that stopped early");
        Result ok = run("validate", spec, "--trace", log);
        assertEquals(0, ok.exit(), ok.err());
        List<String> names = archives(target).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(2, names.size(), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("lockstep-validate")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("lockstep-EvaluatorHost-")), names.toString());
    }

    /** The class archives (and archives being written) beside the jar. */
    private static List<Path> archives(Path target) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.list(target)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jsa") || p.getFileName().toString().endsWith(".tmp"))
                    .sorted().toList();
        }
    }

    @Test
    void badInputGivesOneMessageAndNoStackTrace() throws Exception {
        Result missing = run("check", dir.resolve("Nope.tla").toString());
        assertEquals(150, missing.exit());
        assertTrue(missing.err().contains("no such spec file"), missing.err());
        assertFalse(missing.err().contains("Exception"), missing.err());
        Result usage = run("check");
        assertEquals(2, usage.exit());
    }

    @Test
    void interruptLeavesNoChildJvmBehind() throws Exception {
        Files.writeString(dir.resolve("Forever.tla"),
                "---- MODULE Forever ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\nNext == x' = x + 1\n====\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Forever.cfg"), "INIT Init\nNEXT Next\n");
        Process p = start(dir.resolve("o"), dir.resolve("e"), "check", dir.resolve("Forever.tla").toString());
        // wait until TLC's child JVM is running
        List<ProcessHandle> children = List.of();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            children = p.toHandle().descendants().filter(h -> h.info().commandLine().orElse("").contains("tlc2.TLC")).toList();
            if (!children.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        assertFalse(children.isEmpty(), "TLC child started");
        // Ctrl-C: SIGINT to the launcher's JVM (exec'd by the script, so it is the process itself)
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "lockstep exits on Ctrl-C");
        for (ProcessHandle c : children) {
            c.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(c.isAlive(), "TLC child " + c.pid() + " left behind");
        }
        try (var s = Files.list(dir)) {
            assertEquals(List.of("Forever.cfg", "Forever.tla", "e", "o"),
                    s.map(x -> x.getFileName().toString()).sorted().toList(), "nothing written beside the spec");
        }
    }
}
