package dev.lockstep.validator.host;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a probe's main in a child JVM on the test classpath (TLC loads one spec per process). */
final class ProbeJvm {
    private ProbeJvm() {
    }

    /** Runs {@code main} with {@code args}, its temporary folder {@code tmp}; throws with its output if it fails. */
    static void run(Class<?> main, Path tmp, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(dev.lockstep.bridge.process.ChildJvm.currentJava().toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), main.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(main.getSimpleName() + " failed for " + List.of(args) + ":\n" + output);
            }
        } finally {
            p.destroyForcibly();
        }
    }
}
