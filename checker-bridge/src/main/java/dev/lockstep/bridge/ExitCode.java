package dev.lockstep.bridge;

/**
 * Every exit code Lockstep returns, the one mapping from results to exit codes that every surface
 * uses (the CLI exits with it, {@code CheckResult.exitCode()} and the JSON report carry its number,
 * the Maven plugin and the editor read it). Model-checking codes follow TLC's own
 * ({@code tlc2.output.EC.ExitStatus}) so scripts written against TLC keep working.
 */
public enum ExitCode {
    /** The spec satisfies what was checked, the log conforms, the command succeeded. */
    SUCCESS(0),
    /** Command-line usage error: unknown option, missing argument. */
    USAGE(2),
    /** {@code lockstep generate --check}: the generated code is missing or stale for the spec. */
    GENERATED_STALE(3),
    /** An ASSUME of the spec is false. */
    VIOLATION_ASSUMPTION(10),
    /** TLC found a reachable state with no successor. */
    VIOLATION_DEADLOCK(11),
    /** An invariant or an action property is violated. */
    VIOLATION_SAFETY(12),
    /** A temporal (liveness) property is violated. */
    VIOLATION_LIVENESS(13),
    /** A PlusCal {@code assert} or TLC's {@code Assert} failed. */
    VIOLATION_ASSERT(14),
    /** The log does not conform to the spec. */
    TRACE_NONCONFORMING(20),
    /** The log is malformed (bad JSON, missing fields, unreadable file). */
    TRACE_MALFORMED(21),
    /** The spec does not parse (syntax or semantic error, PlusCal translation error). */
    SPEC_ERROR(150),
    /** The model configuration is wrong (bad .cfg, unknown or unassigned constant). */
    CONFIG_ERROR(151),
    /** TLC failed for another reason: evaluation error, crash, out of memory, killed. */
    SYSTEM_ERROR(153);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The exit code numbered {@code code}; empty for a number Lockstep does not use. */
    public static java.util.Optional<ExitCode> of(int code) {
        for (ExitCode e : values()) {
            if (e.code == code) {
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }
}
