package dev.lockstep.validator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Shared test support: where specs live, child JVMs on the test classpath, sampled logs. */
final class Fixtures {
    private Fixtures() {
    }

    /** A spec of the project library {@code specs/NAME/NAME.tla}. */
    static Path librarySpec(String name) {
        Path p = Path.of("..", "specs", name, name + ".tla").toAbsolutePath().normalize();
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("missing spec " + p);
        }
        return p;
    }

    /** A spec of this module's test resources {@code specs/NAME/NAME.tla}. */
    static Path testSpec(String name) {
        return Path.of("src", "test", "resources", "specs", name, name + ".tla").toAbsolutePath();
    }

    static Path cfgOf(Path spec) {
        return spec.resolveSibling(spec.getFileName().toString().replaceFirst("\\.tla$", ".cfg"));
    }

    /** Launches hosts from the test classpath (TLA+ tools, Lockstep's classes and Jackson are all on it). */
    static Validator validator(Path work) {
        return new Validator(launch(work), dev.lockstep.bridge.Tla2Tools.fromClasspath());
    }

    static HostLaunch launch(Path work) {
        return HostLaunch.fromClasspath(System.getProperty("java.class.path"), work);
    }

    /**
     * Writes a random behaviour of {@code spec} (TLC's successor function, seeded) as a native log
     * of at most {@code steps} lines; returns the lines.
     */
    static List<String> sample(Path spec, long seed, int steps, Path out) throws IOException, InterruptedException {
        Path tmp = Files.createDirectories(out.resolveSibling("sampler-tmp"));
        List<String> cmd = new ArrayList<>(List.of(dev.lockstep.bridge.process.ChildJvm.currentJava().toString(), "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), dev.lockstep.validator.host.BehaviourSampler.class.getName(),
                spec.toString(), cfgOf(spec).toString(), Long.toString(seed), Integer.toString(steps), out.toString()));
        // its output goes to a file, so a sampler that hangs fails the test after the wait
        Path console = tmp.resolve("sampler-" + seed + ".out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(console.toFile()).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("sampler failed for " + spec + ":\n"
                        + new String(Files.readAllBytes(console), StandardCharsets.UTF_8));
            }
        } finally {
            p.destroyForcibly();
        }
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    static Path write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** No child process of this JVM (an evaluator host) outlives what started it (waits up to 10 s). */
    static void assertNoChildLeft() throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<ProcessHandle> left = List.of();
        while (System.nanoTime() < deadline) {
            left = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(50);
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of(),
                left.stream().map(p -> p.info().commandLine().orElse("?")).toList());
    }
}
