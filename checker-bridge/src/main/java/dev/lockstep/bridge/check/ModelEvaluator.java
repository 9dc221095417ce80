package dev.lockstep.bridge.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.library.ModuleLibrary;
import dev.lockstep.bridge.process.ChildJvm;
import dev.lockstep.bridge.process.RunningJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts one of Lockstep's one-shot evaluator hosts ({@code bridge.eval.AliasHost},
 * {@code bridge.eval.AssumeHost}: TLC's evaluator on a loaded model, answering in a JSON file) in a
 * child JVM, as every child starts ({@link ChildJvm}: it dies with Lockstep), and reads its answer.
 * The class path is the TLA+ tools with Lockstep's overrides first (a user's jar wins), then
 * Lockstep's classes and Jackson; the module search path is the one TLC had ({@code libraryOptions}).
 */
final class ModelEvaluator {
    /** The host ended without an answer: its exit code and the last line it printed. */
    static final class Failed extends IOException {
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message);
        }
    }

    private ModelEvaluator() {
    }

    /**
     * Runs {@code host}'s {@code main} with {@code arguments}, working in {@code scratch}, and returns
     * the JSON object it wrote to {@code answerFile}.
     */
    static JsonNode run(Class<?> host, Tla2Tools tools, List<String> libraryOptions, Path scratch, List<String> arguments,
                        Path answerFile) throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(List.of("-Xss64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + scratch, "-Dfile.encoding=UTF-8"));
        options.addAll(libraryOptions);
        ChildJvm jvm = ChildJvm.of(ChildJvm.classpath(ModuleLibrary.classpath(tools.classpath()), List.of(host,
                        ObjectMapper.class, com.fasterxml.jackson.core.JsonFactory.class,
                        com.fasterxml.jackson.annotation.JsonAutoDetect.class)), host.getName(), scratch)
                .withJvmOptions(options).withArguments(arguments);
        String output;
        int exit;
        try (RunningJvm run = jvm.start()) {
            output = new String(run.stdout().readAllBytes(), StandardCharsets.UTF_8);
            exit = run.waitFor();
        }
        if (exit != 0 || !Files.isRegularFile(answerFile)) {
            String last = output.strip().lines().reduce((a, b) -> b).orElse("");
            throw new Failed("the evaluator exited with code " + exit + (last.isEmpty() ? "" : ": " + last));
        }
        return new ObjectMapper().readTree(answerFile.toFile());
    }
}
