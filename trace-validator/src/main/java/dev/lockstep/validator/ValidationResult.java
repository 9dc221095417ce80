package dev.lockstep.validator;

import dev.lockstep.validator.log.LogProblem;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code lockstep validate} found: the verdict, and any malformed input (which makes the
 * verdict unknown unless the engine had already found a non-conforming line before it).
 *
 * @param spec     the spec validated against
 * @param files    the log files
 * @param verdict  conforms, does not conform, or unknown
 * @param problems malformed-input problems (file:line), in reading order
 * @param stats    engine measurements (the evaluator host's memory), for benchmarks and --json
 */
public record ValidationResult(Path spec, List<Path> files, Verdict verdict, List<LogProblem> problems,
                               java.util.Map<String, Long> stats) {
    public ValidationResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        stats = java.util.Map.copyOf(stats);
    }

    public ValidationResult(Path spec, List<Path> files, Verdict verdict, List<LogProblem> problems) {
        this(spec, files, verdict, problems, java.util.Map.of());
    }
}
