package dev.lockstep.validator;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.validator.host.HostProtocol;
import dev.lockstep.validator.log.LogProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The direct engine: every line carries every variable, so each step is determined and checked on
 * its own by the evaluator host (TLC's evaluator in a child JVM). The host reads the logs itself
 * (one thread parses and merges, another evaluates), so each line is parsed once and nothing
 * crosses a pipe per event; it answers with the malformed lines and the verdict.
 */
final class DirectEngine {
    /**
     * The verdict, whether the log lacks variables (so the search engine should take it), and the
     * verdict of each trace when the log holds several.
     */
    record Outcome(Verdict verdict, boolean partialLog, List<ValidationResult.Trace> traces) {
        Outcome(Verdict verdict, boolean partialLog) {
            this(verdict, partialLog, List.of());
        }
    }

    private final HostLaunch launch;
    private final ObjectMapper mapper;

    DirectEngine(HostLaunch launch, ObjectMapper mapper) {
        this.launch = launch;
        this.mapper = mapper;
    }

    /** Validates {@code logs} in an evaluator host: the one started {@code ahead} when there is one (else null). */
    Outcome run(Path spec, Path config, List<Path> logs, boolean keepGoing, int maxLine, Path mapping, int workers,
                boolean stepCache, List<LogProblem> problems, Map<String, Long> stats, HostLaunch.Ahead ahead)
            throws SpecLoadException, IOException, InterruptedException {
        HostProcess taken = ahead == null ? null : ahead.take(mapper, spec, config);
        try (HostProcess host = taken != null ? taken : launch.host(spec, config, HostLaunch.estimatedLines(logs))) {
            // the request goes with the spec, not after the host's answer: the host reads it as soon as
            // it has loaded the spec (one round trip less, 0.05 s, before the log is read)
            List<String> paths = logs.stream().map(l -> l.toAbsolutePath().toString()).toList();
            try {
                host.send(mapper.writeValueAsString(new HostProtocol.Validate(paths, keepGoing, maxLine,
                        mapping == null ? null : mapping.toAbsolutePath().toString(), workers, stepCache)));
            } catch (IOException gone) {
                // a host that could not load the spec may have exited already: its answer says why
            }
            HostProtocol.Ready ready = awaitReady(host);
            while (true) {
                String a = host.answer();
                if (a == null) {
                    throw new IOException("the evaluator host stopped unexpectedly:\n" + host.stderrTail());
                }
                HostProtocol.Answer m = HostProtocol.answer(mapper, a);
                if (m instanceof HostProtocol.Problem p) {
                    problems.add(p.toLogProblem());
                } else if (m instanceof HostProtocol.LoadError e) {
                    throw new IOException("the evaluator host could not read the mapping: " + e.message());
                } else if (m instanceof HostProtocol.Done d) {
                    stats.putAll(d.stats());
                    Outcome outcome = outcomes(d, !problems.isEmpty(), modelValues(ready));
                    // the host measures its heap after sending the verdict, while it is read here
                    String last = host.answer();
                    if (last != null && HostProtocol.answer(mapper, last) instanceof HostProtocol.Memory mem) {
                        stats.putAll(mem.stats());
                    }
                    return outcome;
                } else if (!(m instanceof HostProtocol.Truncated)) {
                    throw new IOException("unexpected answer from the evaluator host: " + a);
                }
            }
        }
    }

    /**
     * What the host says of a state: the action instances enabled in it, and why a next step from
     * it does not conform (null when it does, or when there is no next step).
     */
    record StateContext(List<String> enabled, Verdict.Witness nextStep) {
    }

    /**
     * The context of the full state on the first line of {@code stateLog} (native log lines; a
     * second line is checked as a step from it), or null when the host cannot tell.
     */
    StateContext context(Path spec, Path config, Path stateLog) throws SpecLoadException, IOException {
        try (HostProcess host = launch.host(spec, config, 0)) {
            HostProtocol.Ready ready = awaitReady(host);
            host.send(mapper.writeValueAsString(new HostProtocol.Context(stateLog.toAbsolutePath().toString())));
            String a = host.answer();
            if (a == null || !(HostProtocol.answer(mapper, a) instanceof HostProtocol.StateContext c)) {
                return null;
            }
            return new StateContext(c.enabled(), c.fail() == null ? null : witness(c.fail(), modelValues(ready)));
        }
    }

    /** Loads the spec in a host only to describe it (for the search engine). */
    SpecInfo describe(Path spec, Path config) throws SpecLoadException, IOException {
        try (HostProcess host = launch.host(spec, config, 0)) {
            return SpecInfo.of(awaitReady(host));
        }
    }

    /** The whole log's outcome and, when it holds several traces, each one's. */
    private static Outcome outcomes(HostProtocol.Done m, boolean malformed, Set<String> modelValues) {
        Outcome all = outcome(m.events(), m.fail(), malformed, modelValues);
        if (m.traces().size() < 2 || all.partialLog()) {
            return all;
        }
        List<ValidationResult.Trace> traces = new ArrayList<>();
        Verdict failed = null;
        Verdict unknown = null;
        for (HostProtocol.Trace t : m.traces()) {
            Verdict v = outcome(t.events(), t.fail(), !t.complete(), modelValues).verdict();
            traces.add(new ValidationResult.Trace(t.index() + 1, Path.of(t.file()), t.line(), v));
            failed = failed == null && v instanceof Verdict.DoesNotConform ? v : failed;
            unknown = unknown == null && v instanceof Verdict.Unknown ? v : unknown;
        }
        Verdict verdict = failed != null ? failed
                : unknown != null ? new Verdict.Unknown(Verdict.Engine.DIRECT, ((Verdict.Unknown) unknown).reason(), m.events())
                : all.verdict();
        return new Outcome(verdict, false, traces);
    }

    private static Outcome outcome(long events, HostProtocol.Failure fail, boolean malformed, Set<String> modelValues) {
        if (fail != null) {
            if (fail.kind() == Verdict.Divergence.UNLOGGED_VARIABLE) {
                return new Outcome(new Verdict.Unknown(Verdict.Engine.DIRECT, fail.message(), events), true);
            }
            return new Outcome(new Verdict.DoesNotConform(Verdict.Engine.DIRECT, events, witness(fail, modelValues)),
                    false);
        }
        if (malformed) {
            return new Outcome(new Verdict.Unknown(Verdict.Engine.DIRECT,
                    "the log is malformed; the events before the first bad line conform", events), false);
        }
        if (events == 0) {
            return new Outcome(new Verdict.Unknown(Verdict.Engine.DIRECT, "the log holds no event", 0), false);
        }
        return new Outcome(new Verdict.Conforms(Verdict.Engine.DIRECT, events), false);
    }

    /** The first answer of a host: ready, or why it could not load the spec. */
    HostProtocol.Ready awaitReady(HostProcess host) throws IOException, SpecLoadException {
        String first = host.answer();
        if (first == null) {
            throw new SpecLoadException(SpecLoadException.Kind.SPEC,
                    "TLC could not load the spec", host.stderrTail());
        }
        HostProtocol.Answer m = HostProtocol.answer(mapper, first);
        if (m instanceof HostProtocol.LoadError e) {
            SpecLoadException.Kind kind = switch (e.kind()) {
                case CONFIG -> SpecLoadException.Kind.CONFIG;
                case ASSUMPTION -> SpecLoadException.Kind.ASSUMPTION;
                default -> SpecLoadException.Kind.SPEC;
            };
            throw new SpecLoadException(kind, kind == SpecLoadException.Kind.ASSUMPTION ? e.message()
                    : TlcOutput.message(e.message()), e.output());
        }
        if (!(m instanceof HostProtocol.Ready r)) {
            throw new IOException("unexpected first answer from the evaluator host: " + first);
        }
        return r;
    }

    private static Set<String> modelValues(HostProtocol.Ready ready) {
        return new HashSet<>(ready.modelValues());
    }

    /** The host's failure as a verdict's witness: its states as the ITF values they travelled as, its diff as text. */
    static Verdict.Witness witness(HostProtocol.Failure f, Set<String> modelValues) {
        List<Verdict.VariableDiff> diff = new ArrayList<>();
        for (HostProtocol.ValueDiff d : f.diff()) {
            diff.add(new Verdict.VariableDiff(d.variable(), Verdict.Witness.text(d.allowed(), modelValues),
                    Verdict.Witness.text(d.logged(), modelValues)));
        }
        Verdict.Witness w = new Verdict.Witness(f.file() == null ? null : Path.of(f.file()), f.line(), f.logged(),
                f.kind(), f.message(), f.instance(), f.location(), f.conjunct(), f.stateBefore(), f.stateAfter(),
                f.enabled(), f.explainedBy(), diff, modelValues);
        return w.withRecent(f.recent());
    }
}
