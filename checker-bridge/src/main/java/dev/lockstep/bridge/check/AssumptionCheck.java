package dev.lockstep.bridge.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.eval.AssumeHost;
import dev.lockstep.bridge.eval.Assumptions;
import dev.lockstep.bridge.library.ModuleLibrary;
import dev.lockstep.bridge.process.ScratchDir;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A model whose {@code ASSUME} is false is refused by generate as check refuses it (TLC's exit code
 * 10): the spec's assumptions are evaluated with TLC's evaluator in a child JVM ({@link AssumeHost},
 * since TLC keeps global state), with the same module search path check uses. The child is started
 * only when the spec's folder has a module that states an assumption at all.
 */
public final class AssumptionCheck {
    private static final Pattern ASSUME = Pattern.compile("\\bASSUM(E|PTION)\\b");

    private AssumptionCheck() {
    }

    /**
     * An error diagnostic (code {@link DiagnosticCode#LS613_ASSUMPTION_FALSE}) at the first false
     * assumption of {@code spec} under {@code cfg}, or empty when they all hold. When TLC cannot
     * load the model at all, empty too: loading problems are reported by the caller's own reading
     * of spec and config (and by check).
     */
    public static Optional<Diagnostic> firstFalse(Tla2Tools tools, ModuleLibrary library, Path spec, Path cfg)
            throws IOException, InterruptedException {
        Path specFile = spec.toAbsolutePath();
        if (!statesAssumptions(specFile.getParent())) {
            return Optional.empty();
        }
        Path scratch = ScratchDir.create(null, "assume");
        try {
            Path answerFile = scratch.resolve("assume-answer.json");
            JsonNode f;
            try {
                f = ModelEvaluator.run(AssumeHost.class, tools, library.tlcOptions(specFile.getParent(), scratch.resolve("library")),
                        scratch, List.of(specFile.toString(), cfg.toAbsolutePath().toString(), answerFile.toString()), answerFile)
                        .path("falsified");
            } catch (ModelEvaluator.Failed e) {
                return Optional.empty();
            }
            if (f.isMissingNode()) {
                return Optional.empty();
            }
            Assumptions.Falsified a = new ObjectMapper().treeToValue(f, Assumptions.Falsified.class);
            return Optional.of(Diagnostic.error(DiagnosticCode.LS613_ASSUMPTION_FALSE, SourceRange.at(
                    a.file() == null ? specFile : Path.of(a.file()), Math.max(0, a.line() - 1), Math.max(0, a.column() - 1)),
                    a.message()));
        } finally {
            ScratchDir.deleteQuietly(scratch);
        }
    }

    /** Whether a module in {@code dir} (the spec's, or one it extends beside it) states an assumption. */
    static boolean statesAssumptions(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".tla")).toList()) {
                if (ASSUME.matcher(Files.readString(p, StandardCharsets.UTF_8)).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
