package dev.lockstep.bridge.check;

import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.library.ModuleLibrary;
import dev.lockstep.bridge.process.ChildJvm;
import dev.lockstep.bridge.process.RunningJvm;
import dev.lockstep.speclang.diag.Diagnostic;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * SANY alone ({@code tla2sany.SANY}) on a model copy, in a child JVM like every run of the TLA+
 * tools: for when TLC cannot run (there is no model configuration) but the spec's own errors still
 * deserve to be reported, located in the user's files.
 */
final class SanyRun {

    private SanyRun() {
    }

    /** SANY's errors for {@code spec} (the user's file) as copied in {@code copy}. */
    static List<Diagnostic> errors(Tla2Tools tools, ModelCopy copy, WorkDir work, Path spec, ModuleLibrary library)
            throws IOException, InterruptedException {
        Path copied = copy.modelDir().resolve(spec.getFileName()).toAbsolutePath();
        ChildJvm jvm = ChildJvm.of(List.of(tools.classpath()), "tla2sany.SANY", copy.modelDir())
                .withJvmOptions(Stream.concat(Stream.of("-Djava.io.tmpdir=" + work.tmp(), "-Dfile.encoding=UTF-8"),
                        library.tlcOptions(spec.toAbsolutePath().getParent(), work.root().resolve("library")).stream()).toList())
                .withArguments(List.of(copied.toString()))
                .withMergedStderr(true);
        List<String> lines = new ArrayList<>();
        try (RunningJvm run = jvm.start();
             BufferedReader r = new BufferedReader(new InputStreamReader(run.stdout(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
            run.waitFor();
        }
        return copy.sanyErrors(lines);
    }
}
