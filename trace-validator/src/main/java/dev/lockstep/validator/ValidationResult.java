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
 * @param traces   when the log holds several runs (a new {@code Init} line starts one), each run
 *                 with its own verdict, in log order; empty when it holds one ({@code verdict} is
 *                 then its verdict). With several, {@code verdict} is the first that does not
 *                 conform, else unknown when one is, else conforms with the events of all.
 */
public record ValidationResult(Path spec, List<Path> files, Verdict verdict, List<LogProblem> problems,
                               java.util.Map<String, Long> stats, List<Trace> traces) {
    public ValidationResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        stats = java.util.Map.copyOf(stats);
        traces = traces == null ? List.of() : List.copyOf(traces);
    }

    public ValidationResult(Path spec, List<Path> files, Verdict verdict, List<LogProblem> problems,
                            java.util.Map<String, Long> stats) {
        this(spec, files, verdict, problems, stats, List.of());
    }

    /**
     * One run of the log and its verdict.
     *
     * @param index 1-based, in log order
     * @param file  the file of its first line
     * @param line  its first line
     */
    public record Trace(int index, Path file, long line, Verdict verdict) {
        /** "trace 2 (file:line)", as reports name it. */
        public String name() {
            return "trace " + index + " (" + (file == null ? "?" : file.getFileName()) + ":" + line + ")";
        }
    }

    /** The runs with their verdicts: {@link #traces}, or the whole log as one run. */
    public List<Trace> runs() {
        if (!traces.isEmpty()) {
            return traces;
        }
        return List.of(new Trace(1, files.isEmpty() ? null : files.get(0), 1, verdict));
    }

    public ValidationResult(Path spec, List<Path> files, Verdict verdict, List<LogProblem> problems) {
        this(spec, files, verdict, problems, java.util.Map.of());
    }
}
