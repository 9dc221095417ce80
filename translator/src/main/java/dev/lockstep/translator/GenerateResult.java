package dev.lockstep.translator;

import dev.lockstep.bridge.ExitCode;
import dev.lockstep.speclang.diag.Diagnostic;
import java.util.List;

/**
 * The result of {@link Translator#generate(GenerateRequest)}: the generation (no files when there
 * is an error) with every diagnostic of the run in order (configuration, parse, PlusCal,
 * translation), and the exit code they give: {@code CONFIG_ERROR} (151) for a missing or wrong
 * configuration, {@code SPEC_ERROR} (150) for a missing spec or any other error, else
 * {@code SUCCESS}.
 */
public record GenerateResult(Generation generation, ExitCode exitCode) {
    public List<Diagnostic> diagnostics() {
        return generation.diagnostics();
    }

    /** Whether files were generated (no error). */
    public boolean succeeded() {
        return exitCode == ExitCode.SUCCESS;
    }
}
