package dev.lockstep.validator;

import dev.lockstep.bridge.config.TlcConfigReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.bridge.ExitCode;
import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.check.CheckRequest;
import dev.lockstep.bridge.check.CheckResult;
import dev.lockstep.bridge.check.ModelSpec;
import dev.lockstep.bridge.check.SearchMode;
import dev.lockstep.bridge.check.TlcRunner;
import dev.lockstep.bridge.check.Violation;
import dev.lockstep.bridge.trace.TraceState;
import dev.lockstep.bridge.value.Itf;
import dev.lockstep.bridge.value.TlcValue;
import dev.lockstep.bridge.value.TlcValueParser;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.validator.host.HostProtocol;
import dev.lockstep.validator.log.LogEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The search engine, for logs that lack variables or events. It writes a trace-checking spec in the
 * style of published TLA+ trace validation (Cirstea, Kuppe, Merz et al., 2024): the log as a TLA+
 * sequence, a cursor variable counting the lines explained, a step that consumes the next line by
 * the action it names (with the logged parameters) and constrains the logged variables, and steps
 * of the actions declared unlogged that leave the cursor alone. The spec is then searched for a
 * behaviour that explains every line: depth-first by default, by the driver in a child JVM
 * ({@link dev.lockstep.validator.host.TraceSearch}, TLC's evaluator with an explicit stack and TLC's
 * fingerprints), or breadth-first by TLC's model checker (see {@link Validator.SearchOrder}).
 * Breadth-first, reaching the end of the log violates the invariant {@code LockstepNotDone}, so a
 * violation means the log conforms and TLC's trace is the explaining behaviour. When no behaviour
 * gets that far, the first line none can explain is one past the largest cursor any behaviour
 * reached (printed by the step as it advances breadth-first; read from the states depth-first).
 */
final class SearchEngine {
    static final String MODULE = "LockstepTrace";
    private static final Pattern CURSOR = Pattern.compile("<<\\s*\"lockstep-cursor\"\\s*,\\s*(\\d+)\\s*[,>]");

    private final Tla2Tools tools;
    private final HostLaunch launch;

    SearchEngine(Tla2Tools tools, HostLaunch launch) {
        this.tools = tools;
        this.launch = launch;
    }

    /** The outcome, and how many events TLC had to explain. */
    Verdict run(Path spec, Path config, SpecInfo info, List<LogEvent> log, List<String> unlogged, boolean breadthFirst,
                Path work) throws IOException, InterruptedException, SpecLoadException {
        if (log.isEmpty()) {
            return new Verdict.Unknown(Verdict.Engine.SEARCH, "the log holds no event", 0);
        }
        for (String a : unlogged) {
            if (!info.operators().containsKey(a) && info.instances().stream().noneMatch(i -> i.name().equals(a))) {
                throw new SpecLoadException(SpecLoadException.Kind.SPEC, "unlogged action '" + a + "' is not an action of the spec", "");
            }
        }
        Path dir = Files.createDirectories(work.resolve("search"));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(spec.toAbsolutePath().getParent(), "*.tla")) {
            for (Path p : ds) {
                Files.copy(p, dir.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String module = spec.getFileName().toString().replaceFirst("\\.tla$", "");
        Set<String> mvs = new HashSet<>(info.modelValues());
        Path cfg = dir.resolve(MODULE + ".cfg");
        Files.writeString(cfg, config(config, info, mvs), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(MODULE + ".tla"), module(module, info, log, unlogged, mvs, breadthFirst),
                StandardCharsets.UTF_8);
        if (!breadthFirst) {
            return depthFirst(dir.resolve(MODULE + ".tla"), cfg, log, mvs);
        }
        CheckRequest req = CheckRequest.of(dir.resolve(MODULE + ".tla"), tools)
                .withModel(ModelSpec.fromFiles(cfg))
                .withMode(new SearchMode.BreadthFirst())
                .withWork(work, false);
        return verdict(new TlcRunner().run(req, TlcRunner.SILENT), log, mvs);
    }

    private static Verdict verdict(CheckResult r, List<LogEvent> log, Set<String> modelValues) throws SpecLoadException {
        if (r.exitCode() == ExitCode.SPEC_ERROR.code() || r.exitCode() == ExitCode.CONFIG_ERROR.code()) {
            String msg = r.diagnostics().stream().map(Diagnostic::message).collect(Collectors.joining("; "));
            throw new SpecLoadException(r.exitCode() == ExitCode.CONFIG_ERROR.code() ? SpecLoadException.Kind.CONFIG
                    : SpecLoadException.Kind.SPEC, "the generated trace-checking spec was rejected: " + msg, msg);
        }
        boolean reachedEnd = r.violation().map(v -> "LockstepNotDone".equals(v.property())).orElse(false);
        if (reachedEnd) {
            return new Verdict.Conforms(Verdict.Engine.SEARCH, log.size());
        }
        Verdict evaluationError = evaluationError(r, log);
        if (evaluationError != null) {
            return evaluationError;
        }
        if (r.exitCode() != ExitCode.SUCCESS.code()) {
            String msg = r.violation().map(v -> v.message()).orElse(r.diagnostics().stream().map(Diagnostic::message)
                    .collect(Collectors.joining("; ")));
            return new Verdict.Unknown(Verdict.Engine.SEARCH, "TLC stopped without a verdict: " + msg, 0);
        }
        // TLC prints long values over several lines: each cursor print runs to the next one
        String printed = String.join("\n", r.output());
        long max = 0;
        int at = -1;
        int end = -1;
        Matcher m = CURSOR.matcher(printed);
        while (m.find()) {
            if (at >= 0 && end < 0) {
                end = m.start();
            }
            long c = Long.parseLong(m.group(1));
            if (c > max || at < 0) {
                max = Math.max(max, c);
                at = m.start();
                end = -1;
            }
        }
        String reached = at < 0 ? null : printed.substring(at, end < 0 ? printed.length() : end);
        return unexplained(log, r.stats().distinctStates(), max, stateIn(reached), modelValues);
    }

    /**
     * The first line no behaviour explains: one past the largest cursor {@code max} any of the
     * {@code distinct} states searched reached; {@code reached} is the state found there (ITF values,
     * {@code modelValues} the strings among them that are model values).
     */
    private static Verdict unexplained(List<LogEvent> log, long distinct, long max, Map<String, JsonNode> reached,
                                       Set<String> modelValues) {
        boolean initExplained = distinct > 0;
        long explained = initExplained ? Math.max(max, log.get(0).action().equals("Init") ? 1 : 0) : 0;
        LogEvent bad = log.get((int) Math.min(explained, log.size() - 1));
        String message = explained == 0
                ? "no initial state of the spec matches the first line"
                : "no behaviour of the spec explains this line after the " + explained + " line(s) before it ("
                        + distinct + " distinct states searched)";
        Map<String, JsonNode> before = explained == 0 ? Map.of() : reached;
        if (!before.isEmpty()) {
            message += "; the state before it is one the spec reaches after line " + log.get((int) explained - 1).line()
                    + " (with unlogged variables there may be others)";
        }
        Verdict.Witness w = new Verdict.Witness(bad.file(), bad.line(), bad.action()
                + (bad.params() != null ? " " + bad.params() : ""), Verdict.Divergence.UNEXPLAINED, message, null, null, null,
                before, Map.of(), List.of(), List.of(), List.of(), modelValues);
        return new Verdict.DoesNotConform(Verdict.Engine.SEARCH, explained, w);
    }

    /**
     * The variables of the state a cursor line printed ({@code <<"lockstep-cursor", n, [v |-> ...]>>}),
     * as ITF values: TLC prints TLA+ text, read once here by the one reader of TLC's values and
     * encoded by the one ITF writer, so the breadth-first witness carries what the depth-first
     * search's host sends. Empty when the line has no state or TLC's text does not parse.
     */
    static Map<String, JsonNode> stateIn(String printed) {
        if (printed == null) {
            return Map.of();
        }
        TlcValue v = TlcValueParser.parse(printed);
        if (!(v instanceof TlcValue.Seq) || ((TlcValue.Seq) v).elements().size() != 3
                || !(((TlcValue.Seq) v).elements().get(2) instanceof TlcValue.Record)) {
            return Map.of();
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        ((TlcValue.Record) ((TlcValue.Seq) v).elements().get(2)).fields().forEach((k, x) -> out.put(k, Itf.encode(x)));
        return out;
    }

    /**
     * TLC stopped with an evaluation error while taking a step of the trace spec: a logged value TLC
     * cannot compare with the spec's (a string where the spec has an integer, a set where it has a
     * function), or a spec operator that fails on the logged values. TLC's trace ends in the state
     * the step started from, so its cursor names the line: that line does not conform, as in the
     * direct engine ({@code evaluationError}). Without a trace the error came from the initial
     * predicate, which checks the first line when it is {@code Init}. Null when the run was not
     * stopped that way, or the line cannot be told.
     */
    private static Verdict evaluationError(CheckResult r, List<LogEvent> log) {
        if (r.violation().isEmpty() || r.violation().get().kind() != Violation.Kind.EVALUATION_ERROR) {
            return null;
        }
        long explained;
        if (r.trace().isEmpty() || r.trace().get().states().isEmpty()) {
            // no state yet: the error came from the initial predicate, which checks an Init line
            if (r.stats().distinctStates() != 0 || !log.get(0).action().equals("Init")) {
                return null;
            }
            explained = 0;
        } else {
            List<TraceState> states = r.trace().get().states();
            TlcValue cursor = states.get(states.size() - 1).values().get("lockstepCursor");
            if (!(cursor instanceof TlcValue.Int)) {
                return null;
            }
            explained = ((TlcValue.Int) cursor).value().longValue();
        }
        return evaluationError(log, explained, r.violation().get().message());
    }

    /** Line {@code explained + 1} does not conform: TLC could not evaluate its step; null when out of range. */
    private static Verdict evaluationError(List<LogEvent> log, long explained, String tlcMessage) {
        if (explained < 0 || explained >= log.size()) {
            return null;
        }
        LogEvent bad = log.get((int) explained);
        String message = "TLC could not evaluate the step for this line after the " + explained
                + " line(s) before it: " + tlcReason(tlcMessage);
        Verdict.Witness w = new Verdict.Witness(bad.file(), bad.line(), bad.action()
                + (bad.params() != null ? " " + bad.params() : ""), Verdict.Divergence.EVALUATION_ERROR, message, null, null, null,
                Map.of(), Map.of(), List.of(), List.of(), List.of(), Set.of());
        return new Verdict.DoesNotConform(Verdict.Engine.SEARCH, explained, w);
    }

    /**
     * Searches the generated spec depth-first in a child JVM ({@link dev.lockstep.validator.host.TraceSearch}):
     * the same verdicts, from the same information, as TLC's breadth-first run.
     */
    private Verdict depthFirst(Path traceSpec, Path traceCfg, List<LogEvent> log, Set<String> modelValues)
            throws IOException, SpecLoadException {
        ObjectMapper mapper = new ObjectMapper();
        try (HostProcess host = launch.search(traceSpec, traceCfg, log.size())) {
            try {
                new DirectEngine(launch, mapper).awaitReady(host);
            } catch (SpecLoadException e) {
                throw new SpecLoadException(e.kind(), "the generated trace-checking spec was rejected: "
                        + e.getMessage(), e.details());
            }
            String a = host.answer();
            if (a == null) {
                throw new IOException("the depth-first search stopped unexpectedly:\n" + host.stderrTail());
            }
            if (!(HostProtocol.answer(mapper, a) instanceof HostProtocol.SearchResult m)) {
                throw new IOException("unexpected answer from the depth-first search: " + a);
            }
            if (m.conforms()) {
                return new Verdict.Conforms(Verdict.Engine.SEARCH, log.size());
            }
            if (m.evalError() != null) {
                long at = m.evalCursor();
                Verdict v = evaluationError(log, at < 0 && log.get(0).action().equals("Init") ? 0 : at, m.evalError());
                return v != null ? v : new Verdict.Unknown(Verdict.Engine.SEARCH, "TLC stopped without a verdict: "
                        + m.evalError(), 0);
            }
            return unexplained(log, m.distinct(), m.maxCursor(), m.state() == null ? Map.of() : m.state(), modelValues);
        }
    }

    /** TLC's explanation without its boilerplate ("TLC threw an unexpected exception ... was a X:"). */
    static String tlcReason(String message) {
        String m = message;
        int k = m.indexOf("The exception was a ");
        if (k >= 0 && m.indexOf(':', k) >= 0) {
            m = m.substring(m.indexOf(':', k) + 1);
        }
        return m.strip().replaceAll("\\s+", " ");
    }

    /** The generated module. */
    static String module(String spec, SpecInfo info, List<LogEvent> log, List<String> unlogged, Set<String> mvs,
                         boolean trackCursor) {
        ItfTla tla = new ItfTla(mvs);
        StringBuilder sb = new StringBuilder();
        sb.append("---- MODULE ").append(MODULE).append(" ----\n");
        sb.append("\\* Generated by lockstep validate --engine search: the log as a sequence, a cursor, one step per line.\n");
        sb.append("EXTENDS ").append(spec).append(", Naturals, Sequences, TLC\n");
        List<String> extra = new ArrayList<>();
        for (String mv : info.modelValues()) {
            if (!info.constants().contains(mv) && ItfTla.isIdentifier(mv)) {
                extra.add(mv);
            }
        }
        if (!extra.isEmpty()) {
            sb.append("CONSTANTS ").append(String.join(", ", extra)).append('\n');
        }
        sb.append("VARIABLE lockstepCursor\n\n");
        sb.append("LockstepEmpty == ").append(ItfTla.EMPTY_FUNCTION).append("\n\n");
        sb.append("LockstepLog == <<\n");
        for (int i = 0; i < log.size(); i++) {
            LogEvent e = log.get(i);
            sb.append(i == 0 ? "    " : "  , ");
            sb.append("[a |-> ");
            ItfTla.string(e.action(), sb);
            sb.append(", p |-> ").append(e.params() == null || e.params().isEmpty() ? "LockstepEmpty" : tla.print(e.params()));
            sb.append(", s |-> ").append(e.state().size() == 0 ? "LockstepEmpty" : tla.print(e.state().toObjectNode()));
            sb.append("]  \\* ").append(e.file().getFileName()).append(':').append(e.line()).append('\n');
        }
        sb.append(">>\n\n");
        sb.append("LockstepParamsOk(e, r) == \\A k \\in DOMAIN e.p \\cap DOMAIN r : e.p[k] = r[k]\n\n");
        sb.append("LockstepMatchNow(e) ==\n");
        for (String v : info.variables()) {
            sb.append("    /\\ (\"").append(v).append("\" \\in DOMAIN e.s => ").append(v).append(" = e.s[\"").append(v).append("\"])\n");
        }
        sb.append("\nLockstepMatch(e) ==\n");
        for (String v : info.variables()) {
            sb.append("    /\\ (\"").append(v).append("\" \\in DOMAIN e.s => ").append(v).append("' = e.s[\"").append(v).append("\"])\n");
        }
        Map<String, List<SpecInfo.Instance>> byName = new LinkedHashMap<>();
        for (SpecInfo.Instance i : info.instances()) {
            byName.computeIfAbsent(i.name(), k -> new ArrayList<>()).add(i);
        }
        Set<String> logged = new java.util.LinkedHashSet<>();
        log.forEach(e -> logged.add(e.action()));
        logged.remove("Init");
        for (String a : logged) {
            List<SpecInfo.Instance> inst = byName.get(a);
            if (inst != null && !inst.get(0).params().isEmpty()) {
                sb.append('\n').append(paramsSetName(a)).append(" == {")
                        .append(inst.stream().map(SearchEngine::record).collect(Collectors.joining(", "))).append("}\n");
            }
        }
        sb.append("\nLockstepAction(e) ==\n    CASE ");
        boolean first = true;
        for (String a : logged) {
            String body = actionFormula(a, byName, info, true);
            if (body == null) {
                continue;
            }
            sb.append(first ? "" : "\n      [] ").append("e.a = ");
            ItfTla.string(a, sb);
            sb.append(" -> ").append(body);
            first = false;
        }
        sb.append(first ? "" : "\n      [] ").append("OTHER -> FALSE\n\n");
        boolean startsWithInit = log.get(0).action().equals("Init");
        sb.append("LockstepInit == /\\ Init\n");
        sb.append("                /\\ lockstepCursor = ").append(startsWithInit ? 1 : 0).append('\n');
        if (startsWithInit) {
            sb.append("                /\\ LockstepMatchNow(LockstepLog[1])\n");
            if (trackCursor) {
                sb.append("                /\\ PrintT(<<\"lockstep-cursor\", 1, ").append(stateRecord(info, ""))
                        .append(">>)\n");
            }
        }
        sb.append("\nLockstepStep ==\n");
        sb.append("    /\\ lockstepCursor < Len(LockstepLog)\n");
        sb.append("    /\\ LET e == LockstepLog[lockstepCursor + 1] IN LockstepAction(e) /\\ LockstepMatch(e)\n");
        sb.append("    /\\ lockstepCursor' = lockstepCursor + 1\n");
        if (trackCursor) {
            sb.append("    /\\ PrintT(<<\"lockstep-cursor\", lockstepCursor + 1, ").append(stateRecord(info, "'"))
                    .append(">>)\n");
        }
        sb.append('\n');
        sb.append("LockstepInternal ==\n");
        if (unlogged.isEmpty()) {
            sb.append("    FALSE\n\n");
        } else {
            sb.append("    /\\ lockstepCursor < Len(LockstepLog)\n    /\\ ");
            sb.append(unlogged.stream().map(a -> "(" + actionFormula(a, byName, info, false) + ")")
                    .collect(Collectors.joining(" \\/ ")));
            sb.append("\n    /\\ UNCHANGED lockstepCursor\n\n");
        }
        sb.append("LockstepNext == LockstepStep \\/ LockstepInternal\n\n");
        sb.append("LockstepNotDone == lockstepCursor < Len(LockstepLog)\n\n");
        sb.append("LockstepView == <<").append(String.join(", ", info.variables()))
                .append(info.variables().isEmpty() ? "" : ", ").append("lockstepCursor>>\n");
        sb.append("====\n");
        return sb.toString();
    }

    /**
     * The formula for action {@code a}: the disjunction of its split instances (each guarded by the
     * logged parameters when {@code fromLog}), or its operator applied to the logged parameters.
     */
    private static String actionFormula(String a, Map<String, List<SpecInfo.Instance>> byName, SpecInfo info,
                                        boolean fromLog) {
        List<SpecInfo.Instance> inst = byName.get(a);
        List<String> formals = info.operators().get(a);
        if (inst != null) {
            String any = inst.stream().map(i -> {
                String call = i.params().isEmpty() ? a
                        : a + "(" + String.join(", ", ordered(i, formals)) + ")";
                if (!fromLog || i.params().isEmpty()) {
                    return "(" + call + ")";
                }
                return "(LockstepParamsOk(e, " + record(i) + ") /\\ " + call + ")";
            }).collect(Collectors.joining(" \\/ "));
            if (!fromLog || formals == null || formals.isEmpty() || !inst.get(0).params().keySet().equals(
                    new java.util.HashSet<>(formals))) {
                return any;
            }
            // every parameter logged: call the operator directly, within the instances Next has
            return "IF DOMAIN e.p = {" + formals.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(", "))
                    + "}\n           THEN e.p \\in " + paramsSetName(a) + " /\\ " + a + "("
                    + formals.stream().map(f -> "e.p[\"" + f + "\"]").collect(Collectors.joining(", "))
                    + ")\n           ELSE " + any;
        }
        if (formals == null) {
            return null;
        }
        if (formals.isEmpty()) {
            return a;
        }
        if (!fromLog) {
            return "FALSE";
        }
        return a + "(" + formals.stream().map(f -> "e.p[\"" + f + "\"]").collect(Collectors.joining(", ")) + ")";
    }

    /** {@code [v1 |-> v1', ...]}: the state a cursor line prints (primed: the state after the step). */
    private static String stateRecord(SpecInfo info, String prime) {
        if (info.variables().isEmpty()) {
            return "<<>>";
        }
        return "[" + info.variables().stream().map(v -> v + " |-> " + v + prime).collect(Collectors.joining(", ")) + "]";
    }

    static String paramsSetName(String action) {
        return "LockstepParams_" + action;
    }

    private static String record(SpecInfo.Instance i) {
        return "[" + i.params().entrySet().stream().map(e -> e.getKey() + " |-> " + e.getValue())
                .collect(Collectors.joining(", ")) + "]";
    }

    private static List<String> ordered(SpecInfo.Instance i, List<String> formals) {
        if (formals == null) {
            return new ArrayList<>(i.params().values());
        }
        List<String> out = new ArrayList<>();
        for (String f : formals) {
            out.add(i.params().get(f));
        }
        return out;
    }

    /** The user's CONSTANT section, model values for the log's names, and the trace-checking model. */
    static String config(Path userCfg, SpecInfo info, Set<String> mvs) throws SpecLoadException {
        TlcConfigReader.Parsed user = TlcConfigReader.read(userCfg);
        if (user.hasErrors()) {
            String msg = user.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::message)
                    .collect(Collectors.joining("; "));
            throw new SpecLoadException(SpecLoadException.Kind.CONFIG, userCfg + ": " + msg, msg);
        }
        StringBuilder sb = new StringBuilder();
        if (!user.config().constants().isEmpty()) {
            sb.append("CONSTANTS\n");
            user.config().constants().forEach(e -> sb.append("    ").append(e.asWritten()).append('\n'));
        }
        StringBuilder extra = new StringBuilder();
        for (String mv : info.modelValues()) {
            if (!info.constants().contains(mv) && ItfTla.isIdentifier(mv)) {
                extra.append("    ").append(mv).append(" = ").append(mv).append('\n');
            }
        }
        if (extra.length() > 0) {
            sb.append("\nCONSTANTS\n").append(extra);
        }
        sb.append("INIT LockstepInit\nNEXT LockstepNext\nINVARIANT LockstepNotDone\nVIEW LockstepView\nCHECK_DEADLOCK FALSE\n");
        return sb.toString();
    }

}
