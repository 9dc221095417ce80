package dev.lockstep.bridge.check;

import dev.lockstep.bridge.ExitCode;
import dev.lockstep.bridge.trace.Trace;
import dev.lockstep.speclang.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The typed result of one TLC run. Surfaces (terminal, JSON, editor) render it; none re-parses TLC.
 *
 * @param outcome     the verdict
 * @param exitCode    the {@link ExitCode}'s number that goes with it: 0, 10 assumption, 11 deadlock,
 *                    12 safety, 13 liveness, 14 assert, 150 spec error, 151 config error, 153 system error
 * @param stats       state counts, depth, duration
 * @param violation   what was violated, for violations and evaluation errors
 * @param trace       the counterexample (or the behaviour leading to an evaluation error)
 * @param diagnostics errors and warnings about the spec, the config or the run, with locations
 * @param output      lines the spec printed ({@code Print}, {@code PrintT})
 * @param tlcVersion  TLC's version banner, when it got that far
 * @param tlcExitCode the child JVM's own exit code ({@code -1} when it never started)
 * @param config      the configuration file TLC used (in the work directory when Lockstep wrote it)
 * @param workDir     the work directory, when kept
 */
public record CheckResult(Outcome outcome, int exitCode, CheckStats stats, Optional<Violation> violation,
                          Optional<Trace> trace, List<Diagnostic> diagnostics, List<String> output, String tlcVersion,
                          int tlcExitCode, Path config, Optional<Path> workDir) {
    public CheckResult {
        diagnostics = List.copyOf(diagnostics);
        output = List.copyOf(output);
    }

    /** A result for a run that failed before TLC could report anything. */
    public static CheckResult failedBeforeRun(ExitCode exitCode, List<Diagnostic> diagnostics) {
        return new CheckResult(Outcome.ERROR, exitCode.code(), new CheckStats(0, 0, 0, -1, 0), Optional.empty(),
                Optional.empty(), diagnostics, List.of(), null, -1, null, Optional.empty());
    }
}
