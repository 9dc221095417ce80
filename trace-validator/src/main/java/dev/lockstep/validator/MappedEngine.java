package dev.lockstep.validator;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.bridge.config.TlcConfig;
import dev.lockstep.bridge.config.TlcConfigReader;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.validator.log.LogProblem;
import dev.lockstep.validator.host.HostProtocol;
import dev.lockstep.validator.log.Mapping;
import dev.lockstep.validator.log.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The search engine for logs read through mapping rules (per-node local state, parts of variables,
 * messages; {@link dev.lockstep.validator.log.StepRules}): compiles the rules into a TLA+ module
 * ({@link MappedTraceSpec}) and lets {@link dev.lockstep.validator.host.MappedSearch} walk the log
 * line by line in a child JVM, keeping the spec states that explain it so far.
 */
final class MappedEngine {
    /** The most spec states one line may leave open before the search gives up (no verdict). */
    static final int MAX_STATES = 100_000;

    private final HostLaunch launch;
    private final ObjectMapper mapper;

    MappedEngine(HostLaunch launch, ObjectMapper mapper) {
        this.launch = launch;
        this.mapper = mapper;
    }

    /**
     * Validates {@code r}'s logs through {@code mapping} (which has rules); the first lines several
     * spec states explain are added to {@code ambiguous}, and each run's verdict to {@code traces}
     * when the log holds several runs.
     */
    Verdict run(ValidationRequest r, Mapping mapping, Problems problems, Map<String, Long> stats,
                List<ValidationResult.Ambiguity> ambiguous, List<ValidationResult.Trace> traces)
            throws IOException, SpecLoadException {
        // one child JVM: the evaluator host describes the spec, then searches the module generated
        // from that description (HostProtocol.Mapped)
        DirectEngine direct = new DirectEngine(launch, mapper);
        try (HostProcess host = launch.host(r.spec(), r.config(), HostLaunch.estimatedLines(r.logs()))) {
            SpecInfo info = SpecInfo.of(direct.awaitReady(host));
            String module = r.spec().getFileName().toString().replaceFirst("\\.tla$", "");
            String text;
            try {
                text = MappedTraceSpec.module(module, info, mapping.rules());
            } catch (MappedTraceSpec.Unfit e) {
                problems.report(LogProblem.inFile(DiagnosticCode.LS808_LOG_MAPPING, r.mapping(), e.getMessage()));
                return new Verdict.Unknown(Verdict.Engine.SEARCH, "the mapping does not fit the spec", 0);
            }
            // beside the spec's modules: the spec is already a scratch copy (Validator reads it through
            // ModelCopy), so locations TLC reports map back to the user's files
            Path dir = r.spec().toAbsolutePath().getParent();
            Path tla = dir.resolve(MappedTraceSpec.MODULE + ".tla");
            Path cfg = dir.resolve(MappedTraceSpec.MODULE + ".cfg");
            Files.writeString(tla, text, StandardCharsets.UTF_8);
            StringBuilder model = new StringBuilder(config(r.config()));
            List<String> mvs = MappedTraceSpec.modelValues(info);
            if (!mvs.isEmpty()) {
                model.append("\nCONSTANTS\n");
                mvs.forEach(mv -> model.append("    ").append(mv).append(" = ").append(mv).append('\n'));
            }
            Files.writeString(cfg, model, StandardCharsets.UTF_8);
            host.send(mapper.writeValueAsString(new HostProtocol.Mapped(tla.toString(), cfg.toString(),
                    r.mapping().toAbsolutePath().toString(), r.maxLineLength(), r.keepGoing(), MAX_STATES,
                    r.logs().stream().map(l -> l.toAbsolutePath().toString()).toList(), r.searchWorkers())));
            try {
                direct.awaitReady(host);
            } catch (SpecLoadException e) {
                throw new SpecLoadException(e.kind(), "the module generated from the mapping ("
                        + MappedTraceSpec.MODULE + ".tla) was rejected: " + e.getMessage(), e.details());
            }
            while (true) {
                String a = host.answer();
                if (a == null) {
                    throw new IOException("the mapped search stopped unexpectedly:\n" + host.stderrTail());
                }
                HostProtocol.Answer m = HostProtocol.answer(mapper, a);
                if (m instanceof HostProtocol.Problem p) {
                    problems.report(p.toLogProblem());
                } else if (m instanceof HostProtocol.MappedResult result) {
                    result.ambiguous().forEach(x -> ambiguous.add(new ValidationResult.Ambiguity(Path.of(x.file()),
                            x.line(), x.event(), x.states(), x.differIn())));
                    java.util.Set<String> known = new java.util.HashSet<>(info.modelValues());
                    for (HostProtocol.Trace t : result.traces()) {
                        traces.add(new ValidationResult.Trace(t.index() + 1, Path.of(t.file()), t.line(),
                                t.fail() != null ? new Verdict.DoesNotConform(Verdict.Engine.SEARCH, t.events(),
                                        DirectEngine.witness(t.fail(), known))
                                        : t.complete() ? new Verdict.Conforms(Verdict.Engine.SEARCH, t.events())
                                        : new Verdict.Unknown(Verdict.Engine.SEARCH, "the log is malformed; the"
                                                + " events before the first bad line conform", t.events())));
                    }
                    Verdict all = verdict(result, problems, stats, known);
                    // with several runs, as for the direct engine: the first run that does not conform
                    return traces.stream().map(ValidationResult.Trace::verdict)
                            .filter(v -> v instanceof Verdict.DoesNotConform).findFirst().orElse(all);
                } else if (!(m instanceof HostProtocol.Truncated)) {
                    throw new IOException("unexpected answer from the mapped search: " + a);
                }
            }
        }
    }

    private static Verdict verdict(HostProtocol.MappedResult m, Problems problems, Map<String, Long> stats,
                                   java.util.Set<String> modelValues) {
        stats.putAll(m.stats());
        if (m.fail() != null) {
            return new Verdict.DoesNotConform(Verdict.Engine.SEARCH, m.events(), DirectEngine.witness(m.fail(), modelValues));
        }
        if (m.unknown() != null) {
            return new Verdict.Unknown(Verdict.Engine.SEARCH, m.unknown(), m.events());
        }
        if (m.conforms()) {
            return new Verdict.Conforms(Verdict.Engine.SEARCH, m.events());
        }
        return new Verdict.Unknown(Verdict.Engine.SEARCH, problems.any()
                ? "the log is malformed; the events before the first bad line conform" : "no verdict", m.events());
    }

    /**
     * The model for the generated module, from the user's configuration (read by the one config
     * reader): its constants and its initial predicate and next-state relation (or specification);
     * not its SYMMETRY or VIEW, which would merge states the log tells apart, nor what model
     * checking alone uses (invariants, properties, constraints).
     */
    static String config(Path userCfg) throws SpecLoadException {
        TlcConfigReader.Parsed user = TlcConfigReader.read(userCfg);
        if (user.hasErrors()) {
            String msg = user.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::message)
                    .collect(java.util.stream.Collectors.joining("; "));
            throw new SpecLoadException(SpecLoadException.Kind.CONFIG, userCfg + ": " + msg, msg);
        }
        TlcConfig c = user.config();
        StringBuilder sb = new StringBuilder();
        if (!c.constants().isEmpty()) {
            sb.append("CONSTANTS\n");
            c.constants().forEach(e -> sb.append("    ").append(e.asWritten()).append('\n'));
        }
        c.init().ifPresent(n -> sb.append("INIT ").append(n.name()).append('\n'));
        c.next().ifPresent(n -> sb.append("NEXT ").append(n.name()).append('\n'));
        c.specification().ifPresent(n -> sb.append("SPECIFICATION ").append(n.name()).append('\n'));
        sb.append("CHECK_DEADLOCK FALSE\n");
        return sb.toString();
    }
}
