package dev.lockstep.validator;

import dev.lockstep.bridge.ExitCode;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
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
 * @param diagnostics why the spec or its model could not be used (a missing file, TLC's load
 *                 errors: LS001, LS4xx, LS5xx); the verdict is then unknown
 * @param ambiguous the first lines (at most ten) that several spec states explain, in log order
 *                 (the search over logs read through mapping rules; the count is
 *                 {@code stats.ambiguousLines})
 */
public record ValidationResult(Path spec, List<Path> files, Verdict verdict, List<LogProblem> problems,
                               java.util.Map<String, Long> stats, List<Trace> traces, List<Diagnostic> diagnostics,
                               List<Ambiguity> ambiguous) {
    public ValidationResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        stats = java.util.Map.copyOf(stats);
        traces = traces == null ? List.of() : List.copyOf(traces);
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
        ambiguous = ambiguous == null ? List.of() : List.copyOf(ambiguous);
    }

    public ValidationResult(Path spec, List<Path> files, Verdict verdict, List<LogProblem> problems,
                            java.util.Map<String, Long> stats, List<Trace> traces, List<Diagnostic> diagnostics) {
        this(spec, files, verdict, problems, stats, traces, diagnostics, List.of());
    }

    public ValidationResult(Path spec, List<Path> files, Verdict verdict, List<LogProblem> problems,
                            java.util.Map<String, Long> stats, List<Trace> traces) {
        this(spec, files, verdict, problems, stats, traces, List.of());
    }

    public ValidationResult(Path spec, List<Path> files, Verdict verdict, List<LogProblem> problems,
                            java.util.Map<String, Long> stats) {
        this(spec, files, verdict, problems, stats, List.of(), List.of());
    }

    /** The spec or its model could not be used: no verdict, the diagnostics say why. */
    static ValidationResult unusable(Path spec, List<Path> files, Diagnostic d) {
        return unusable(spec, files, List.of(d));
    }

    static ValidationResult unusable(Path spec, List<Path> files, List<Diagnostic> ds) {
        return new ValidationResult(spec, files, new Verdict.Unknown(Verdict.Engine.DIRECT, ds.get(0).message(), 0),
                List.of(), java.util.Map.of(), List.of(), ds);
    }

    /** The prefix of the {@link #stats} entries that count, per action of the spec, the conforming lines taking it. */
    public static final String TAKEN_PREFIX = "taken:";

    /**
     * Coverage across the run set: each action of the spec (by name, in name order) and how many
     * conforming log lines took it; empty when the engine does not count (search, mapped logs).
     */
    public java.util.SortedMap<String, Long> coverage() {
        java.util.SortedMap<String, Long> out = new java.util.TreeMap<>();
        stats.forEach((k, v) -> {
            if (k.startsWith(TAKEN_PREFIX)) {
                out.put(k.substring(TAKEN_PREFIX.length()), v);
            }
        });
        return out;
    }

    /** The actions of the spec no conforming line of the run set takes, in name order. */
    public List<String> neverTaken() {
        return coverage().entrySet().stream().filter(e -> e.getValue() == 0).map(java.util.Map.Entry::getKey).toList();
    }

    /** Whether a diagnostic says the mapping file for the logs (LS808), not the spec, is at fault. */
    public boolean mappingAtFault() {
        return diagnostics.stream().anyMatch(d -> d.code() == DiagnosticCode.LS808_LOG_MAPPING);
    }

    /** Whether a diagnostic says the model configuration, not the spec, is at fault. */
    public boolean configAtFault() {
        return diagnostics.stream().anyMatch(d -> d.code().id().startsWith("LS5"));
    }

    /**
     * The exit code of this result, the one mapping every surface uses: a false ASSUME as check
     * reports it (TLC refuses the model before any state), a configuration, mapping or spec at fault,
     * a log that does not conform, malformed log input, conformance; anything else is a system error.
     */
    public ExitCode exitCode() {
        if (diagnostics.stream().anyMatch(d -> d.code() == DiagnosticCode.LS613_ASSUMPTION_FALSE)) {
            return ExitCode.VIOLATION_ASSUMPTION;
        }
        if (!diagnostics.isEmpty()) {
            return configAtFault() ? ExitCode.CONFIG_ERROR : mappingAtFault() ? ExitCode.TRACE_MALFORMED : ExitCode.SPEC_ERROR;
        }
        if (verdict instanceof Verdict.DoesNotConform) {
            return ExitCode.TRACE_NONCONFORMING;
        }
        if (!problems.isEmpty()) {
            return ExitCode.TRACE_MALFORMED;
        }
        return verdict instanceof Verdict.Conforms ? ExitCode.SUCCESS : ExitCode.SYSTEM_ERROR;
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

    /**
     * A line that several spec states explain: a value the log does not show was left open.
     *
     * @param states   how many spec states explain the log up to and including it
     * @param differIn the variables in which they differ
     */
    public record Ambiguity(Path file, long line, String event, int states, List<String> differIn) {
        public Ambiguity {
            differIn = List.copyOf(differIn);
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
