package dev.lockstep.bridge.check;

import dev.lockstep.bridge.ExitCode;
import dev.lockstep.bridge.tlc.TlcCodes;
import dev.lockstep.bridge.tlc.TlcEvent;
import dev.lockstep.bridge.trace.StatePrintParser;
import dev.lockstep.bridge.trace.TlcLocations;
import dev.lockstep.bridge.trace.Trace;
import dev.lockstep.bridge.trace.TraceState;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds TLC's events into a {@link CheckResult}. Feed every event with {@link #accept}, then call
 * {@link #build} with the child's exit code. Knows which TLC messages mean what (TLC 2.18's
 * {@code tlc2.output.EC}); TLC's exit code decides the verdict, the messages explain it.
 */
final class ResultBuilder {
    /**
     * A count as TLC prints it: TLC 2.18 prints plain digits; newer TLCs group them with their
     * locale's separator ({@code 12,345}; {@code tlc2.output.MP}'s {@code DecimalFormat}).
     */
    private static final String COUNT = "(-?\\d(?:[\\d,.'\\u00A0\\u202F]*\\d)?)";
    private static final Pattern STATS = Pattern.compile(
            COUNT + " states generated, " + COUNT + " distinct states found(?:, " + COUNT + " states left on queue)?");
    private static final Pattern PROGRESS_LEVEL = Pattern.compile("^Progress\\((\\d+)\\)");
    private static final Pattern PORT_IN_USE = Pattern.compile("Port already in use: (\\d+)");
    private static final Pattern SIMU_STATS = Pattern.compile("The number of states generated: " + COUNT);
    private static final Pattern DEPTH = Pattern.compile("The depth of the complete state graph search is " + COUNT);
    private static final Pattern INVARIANT = Pattern.compile("Invariant (\\S+) is violated");
    private static final Pattern PROPERTY = Pattern.compile("(?:Action property|Property|Temporal property) (\\S+) (?:is|was) violated");
    private static final Pattern NESTED_LOC = Pattern.compile(
            "Line (\\d+), column (\\d+) to line (\\d+), column (\\d+) in (\\S+)");
    private static final Pattern UNASSIGNED = Pattern.compile("constant parameter (\\S+) is not assigned");
    private static final Pattern NAMED = Pattern.compile("(?:invariant|property|constant parameter|operator|identifier) (\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CFG_LINE = Pattern.compile("configuration file at line (\\d+)");

    /** Exit codes TLC itself returns ({@code EC.ExitStatus}); anything else above 128 is a signal. */
    private static final java.util.Set<Integer> KNOWN_EXITS = java.util.Set.of(0, 10, 11, 12, 13, 14, 75, 76, 77, 150, 151,
            152, 153, 255);

    private final Function<String, Path> fileOfModule;
    private final Function<Path, Path> originalPath;
    private final Positions positions;
    private final Path config;
    private final int configBaseLines;
    private final List<String> configuredProperties;
    private final List<String> configuredInvariants;

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<String> sanyLines = new ArrayList<>();
    private final List<String> printed = new ArrayList<>();
    private final List<TraceState> states = new ArrayList<>();
    private boolean inSany;
    private String version;
    private Violation violation;
    private Violation firstError;
    private SourceRange errorPosition;
    private int loopIndex = -1;
    private String loopAction;
    private boolean stuttering;
    private boolean sawTrace;
    private long distinct = -1;
    private long total;
    private long queue = -1;
    private int depth = -1;
    private int progressLevel = -1;
    private boolean simulation;
    private boolean outOfMemory;
    private boolean configProblem;
    private boolean succeeded;

    /**
     * @param fileOfModule         module name to the user's file (null when unknown)
     * @param originalPath         a path in the work directory to the user's path
     * @param config               the config TLC reads, for locating config errors
     * @param configBaseLines      lines of the config that came from the user's file; errors past
     *                             them are in lines Lockstep added from command-line flags
     * @param configuredProperties PROPERTY names of the model, to name a violated temporal property
     * @param configuredInvariants INVARIANT names of the model, to name an invariant TLC did not name
     */
    ResultBuilder(Function<String, Path> fileOfModule, Function<Path, Path> originalPath, Path config,
                  int configBaseLines, List<String> configuredProperties, List<String> configuredInvariants) {
        this(fileOfModule, originalPath, Positions.AS_WRITTEN, config, configBaseLines, configuredProperties,
                configuredInvariants);
    }

    /** As above, with positions in the copies TLC read mapped to the user's files by {@code positions}. */
    ResultBuilder(Function<String, Path> fileOfModule, Function<Path, Path> originalPath, Positions positions, Path config,
                  int configBaseLines, List<String> configuredProperties, List<String> configuredInvariants) {
        this.positions = positions;
        this.fileOfModule = fileOfModule;
        this.originalPath = originalPath;
        this.config = config;
        this.configBaseLines = configBaseLines;
        this.configuredProperties = List.copyOf(configuredProperties);
        this.configuredInvariants = List.copyOf(configuredInvariants);
    }

    void accept(TlcEvent event) {
        if (event instanceof TlcEvent.Output o) {
            output(o.line());
        } else {
            message((TlcEvent.Message) event);
        }
    }

    private void output(String line) {
        if (inSany) {
            sanyLines.add(line);
            return;
        }
        if (version == null && line.startsWith("TLC2 TLC Server Version")) {
            version = line.strip(); // the distributed server prints its banner unframed
            return;
        }
        if (line.contains("java.lang.OutOfMemoryError")) {
            outOfMemory = true;
        }
        printed.add(line);
    }

    private void message(TlcEvent.Message m) {
        String body = m.body();
        if (m.isError() && m.fullText().contains("java.lang.OutOfMemoryError")) {
            outOfMemory = true;
        }
        switch (m.code()) {
            case TlcCodes.VERSION -> version = body.strip();
            case TlcCodes.SUCCESS -> succeeded = true;
            case TlcCodes.SANY_START -> inSany = true;
            case TlcCodes.SANY_END -> inSany = false;
            case TlcCodes.INVARIANT_VIOLATED_INITIAL, TlcCodes.INVARIANT_VIOLATED_BEHAVIOR ->
                    violation = new Violation(Violation.Kind.INVARIANT, group(INVARIANT, body), oneLine(body), null);
            case TlcCodes.ACTION_PROPERTY_VIOLATED_BEHAVIOR ->
                    violation = new Violation(Violation.Kind.ACTION_PROPERTY, group(PROPERTY, body), oneLine(body), null);
            case TlcCodes.PROPERTY_VIOLATED_INITIAL, TlcCodes.TEMPORAL_PROPERTY_VIOLATED -> {
                String p = group(PROPERTY, body);
                if (p == null && configuredProperties.size() == 1) {
                    p = configuredProperties.get(0);
                }
                violation = new Violation(Violation.Kind.TEMPORAL, p, oneLine(body), null);
            }
            case TlcCodes.DEADLOCK_REACHED ->
                    violation = new Violation(Violation.Kind.DEADLOCK, null, oneLine(body), null);
            case TlcCodes.ASSUMPTION_FALSE, TlcCodes.ASSUMPTION_EVALUATION_ERROR -> {
                SourceRange at = moduleLocation(body);
                String msg = m.code() == TlcCodes.ASSUMPTION_FALSE
                        ? sourceText(at).map(t -> "ASSUME " + t + " is false").orElse(oneLine(body)) : oneLine(body);
                violation = new Violation(Violation.Kind.ASSUMPTION, null, msg, at);
            }
            case TlcCodes.VALUE_ASSERT_FAILED ->
                    violation = new Violation(Violation.Kind.ASSERT, null, oneLine(body), null);
            case TlcCodes.BEHAVIOR_UP_TO_THIS_POINT, TlcCodes.COUNTER_EXAMPLE -> {
                states.clear();
                loopIndex = -1;
                loopAction = null;
                stuttering = false;
                sawTrace = true;
            }
            case TlcCodes.STATE_PRINT1, TlcCodes.STATE_PRINT2, TlcCodes.STATE_PRINT3, TlcCodes.BACK_TO_STATE -> state(body);
            case TlcCodes.STATS, TlcCodes.STATS_DFID, TlcCodes.PROGRESS_STATS, TlcCodes.PROGRESS_STATS_DFID -> stats(body);
            case TlcCodes.PROGRESS_SIMU -> simulation = true;
            case TlcCodes.STATS_SIMU -> {
                simulation = true;
                Matcher sm = SIMU_STATS.matcher(body);
                if (sm.find()) {
                    total = count(sm.group(1));
                }
            }
            case TlcCodes.SEARCH_DEPTH -> {
                Matcher dm = DEPTH.matcher(body);
                if (dm.find()) {
                    depth = (int) count(dm.group(1));
                }
            }
            case TlcCodes.NESTED_EXPRESSION -> {
                Matcher nm = NESTED_LOC.matcher(body);
                while (nm.find()) {
                    errorPosition = range(nm.group(5), nm.group(1), nm.group(2), nm.group(3), nm.group(4));
                }
            }
            case TlcCodes.SYSTEM_OUT_OF_MEMORY, TlcCodes.SYSTEM_OUT_OF_MEMORY_LIVENESS,
                 TlcCodes.SYSTEM_OUT_OF_MEMORY_TOO_MANY_INIT -> outOfMemory = true;
            case TlcCodes.PARSING_FAILED -> {
                // SANY's own text, parsed at the end, says what failed.
            }
            default -> other(m);
        }
    }

    private void other(TlcEvent.Message m) {
        if (!m.isError()) {
            return;
        }
        for (TlcEvent.Message n : m.nested()) {
            if (TlcCodes.isConfigError(n.code())) {
                configError(n);
                return;
            }
        }
        if (TlcCodes.isConfigError(m.code())) {
            configError(m);
            return;
        }
        if (m.code() == TlcCodes.SYSTEM_STACK_OVERFLOW) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.LS601_TLC_ERROR, null,
                    "TLC ran out of stack (unbounded recursion in the spec?): " + oneLine(m.fullText())));
            return;
        }
        if (firstError == null) {
            Matcher pm = PORT_IN_USE.matcher(m.fullText());
            String text = pm.find() ? "TLC's server cannot listen on port " + pm.group(1)
                    + ": another process uses it; choose another port" : oneLine(m.fullText());
            firstError = new Violation(Violation.Kind.EVALUATION_ERROR, null, text, null);
        }
    }

    private void configError(TlcEvent.Message m) {
        configProblem = true;
        String text = oneLine(m.fullText());
        SourceRange where = null;
        Matcher lm = CFG_LINE.matcher(text);
        if (lm.find() && config != null) {
            int line = Integer.parseInt(lm.group(1));
            if (line <= configBaseLines) {
                where = SourceRange.at(originalPath.apply(config), line - 1, 0);
            } else {
                text = text + " (in the lines Lockstep added from command-line options)";
            }
        } else if (config != null) {
            where = locateInConfig(text).orElse(SourceRange.at(originalPath.apply(config), 0, 0));
        }
        if (m.code() == 2222) {
            Matcher cm = UNASSIGNED.matcher(text);
            if (cm.find()) {
                where = locateDeclaration(cm.group(1)).orElse(where);
            }
        }
        DiagnosticCode code = m.code() == 2222 ? DiagnosticCode.LS502_CONSTANT_UNASSIGNED : DiagnosticCode.LS501_CONFIG;
        diagnostics.add(Diagnostic.error(code, where, text));
    }

    private void state(String body) {
        Optional<StatePrintParser.Item> item = StatePrintParser.parse(body);
        if (item.isEmpty()) {
            return;
        }
        StatePrintParser.Item it = item.get();
        if (it instanceof StatePrintParser.State s) {
            TraceState t = s.state();
            states.add(t.location() == null ? t
                    : new TraceState(t.number(), t.action(), positions.location(t.location()), t.values()));
        } else if (it instanceof StatePrintParser.BackToState b) {
            loopIndex = b.number() - 1;
            loopAction = b.action();
        } else if (it instanceof StatePrintParser.Stuttering) {
            stuttering = true;
            loopIndex = states.size() - 1;
        }
    }

    private void stats(String body) {
        Matcher pl = PROGRESS_LEVEL.matcher(body);
        if (pl.find()) {
            progressLevel = Integer.parseInt(pl.group(1));
        }
        Matcher sm = STATS.matcher(body);
        if (sm.find()) {
            total = count(sm.group(1));
            distinct = count(sm.group(2));
            if (sm.group(3) != null) {
                queue = count(sm.group(3));
            }
        }
    }

    /** Builds the result once the child has exited with {@code tlcExit}. */
    CheckResult build(int tlcExit, boolean killed, long durationMs, String maxHeap, Optional<Path> keptWorkDir) {
        List<Diagnostic> diags = new ArrayList<>(SanyOutput.diagnostics(sanyLines, fileOfModule, originalPath, positions));
        diags.addAll(diagnostics);
        Optional<Trace> trace = sawTrace && !states.isEmpty()
                ? Optional.of(new Trace(states, loopIndex, loopAction, stuttering)) : Optional.empty();
        // TLC's "depth of the complete state graph search" (2194); after a liveness violation TLC
        // prints none, and the level of its last progress report is the same figure
        int reportedDepth = depth >= 0 ? depth : progressLevel >= 0 ? progressLevel
                : trace.map(t -> t.states().size()).orElse(0);
        // only simulation leaves distinct states uncounted; a run that stopped before exploring
        // (a false ASSUME, a config error) found none
        CheckStats stats = new CheckStats(simulation ? -1 : Math.max(distinct, 0), total, reportedDepth, queue, durationMs);

        Outcome outcome;
        int exit;
        Violation v = violation;
        if (tlcExit == 0 && trace.isPresent() && v == null && firstError == null && version != null
                && version.contains("TLC Server")) {
            // TLC 2.18's distributed server prints the counterexample of a violated invariant or of a
            // deadlock but neither names the error nor sets the exit code; a behaviour is only
            // printed for an error
            return unnamedViolation(diags, trace, stats, keptWorkDir);
        }
        // the distributed server also exits with 0 after an error of its own (its port in use, a
        // spec it cannot load): a run that printed an error and neither success nor a behaviour failed
        int status = tlcExit == 0 && !succeeded && !sawTrace && v == null && (firstError != null || configProblem)
                ? -1 : tlcExit;
        switch (status) {
            case 0 -> { outcome = Outcome.SUCCESS; exit = ExitCode.SUCCESS.code(); v = null; }
            case 10 -> { outcome = Outcome.ASSUMPTION_FAILURE; exit = ExitCode.VIOLATION_ASSUMPTION.code(); }
            case 11 -> { outcome = Outcome.DEADLOCK_FAILURE; exit = ExitCode.VIOLATION_DEADLOCK.code(); }
            case 12 -> { outcome = Outcome.SAFETY_FAILURE; exit = ExitCode.VIOLATION_SAFETY.code(); }
            case 13 -> { outcome = Outcome.LIVENESS_FAILURE; exit = ExitCode.VIOLATION_LIVENESS.code(); }
            case 14 -> {
                outcome = Outcome.SAFETY_FAILURE;
                exit = ExitCode.VIOLATION_ASSERT.code();
                if (v != null && errorPosition != null) {
                    v = new Violation(v.kind(), v.property(), v.message(), errorPosition);
                }
            }
            case 150 -> { outcome = Outcome.ERROR; exit = ExitCode.SPEC_ERROR.code(); }
            case 151 -> { outcome = Outcome.ERROR; exit = ExitCode.CONFIG_ERROR.code(); }
            default -> {
                outcome = Outcome.ERROR;
                if (configProblem) {
                    exit = ExitCode.CONFIG_ERROR.code();
                } else if (diags.stream().anyMatch(d -> d.isError() && d.code().id().startsWith("LS4"))) {
                    exit = ExitCode.SPEC_ERROR.code();
                } else {
                    exit = ExitCode.SYSTEM_ERROR.code();
                }
            }
        }
        if (outcome == Outcome.ERROR) {
            if (outOfMemory) {
                diags.add(Diagnostic.error(DiagnosticCode.LS601_TLC_ERROR, null, "TLC ran out of memory"
                        + (maxHeap == null ? "" : " (heap " + maxHeap + ")") + "; give it more with --max-heap, or shrink the model"));
                exit = ExitCode.SYSTEM_ERROR.code();
            } else if (killed || (tlcExit > 128 && !KNOWN_EXITS.contains(tlcExit))) {
                diags.add(Diagnostic.error(DiagnosticCode.LS601_TLC_ERROR, null, killed
                        ? "TLC was stopped before it finished"
                        : "TLC was killed (exit code " + tlcExit + (tlcExit > 128 ? ", signal " + (tlcExit - 128) : "") + ")"));
                exit = ExitCode.SYSTEM_ERROR.code();
            } else if (firstError != null) {
                v = new Violation(firstError.kind(), null, firstError.message(), errorPosition);
                diags.add(Diagnostic.error(DiagnosticCode.LS601_TLC_ERROR, errorPosition, firstError.message()));
            } else if (diags.stream().noneMatch(Diagnostic::isError)) {
                String tail = printed.isEmpty() ? "" : ": " + printed.get(printed.size() - 1).strip();
                diags.add(Diagnostic.error(DiagnosticCode.LS601_TLC_ERROR, null,
                        "TLC failed with exit code " + tlcExit + tail));
            }
        }
        return new CheckResult(outcome, exit, stats, Optional.ofNullable(v), trace, diags, printed, version, tlcExit,
                config, keptWorkDir);
    }

    /** The first line of the user's config that mentions the identifier the message names. */
    private Optional<SourceRange> locateInConfig(String message) {
        Matcher nm = NAMED.matcher(message);
        while (nm.find()) {
            Optional<SourceRange> r = findWord(originalPath.apply(config), nm.group(1), configBaseLines);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** The declaration of constant {@code name} in the root module, if it can be found. */
    private Optional<SourceRange> locateDeclaration(String name) {
        for (String module : fileOfModuleNames()) {
            Path f = fileOfModule.apply(module);
            if (f != null) {
                Optional<SourceRange> r = findWord(f, name, Integer.MAX_VALUE);
                if (r.isPresent()) {
                    return r;
                }
            }
        }
        return Optional.empty();
    }

    private List<String> fileOfModuleNames() {
        return config == null ? List.of() : List.of(config.getFileName().toString().replaceFirst("\\.lockstep\\.cfg$", ""));
    }

    private static Optional<SourceRange> findWord(Path file, String word, int maxLines) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(file);
            Pattern w = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(word) + "(?![A-Za-z0-9_])");
            for (int i = 0; i < lines.size() && i < maxLines; i++) {
                Matcher m = w.matcher(lines.get(i));
                if (m.find()) {
                    return Optional.of(SourceRange.of(file, i, m.start(), i, m.end()));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // no location then
        }
        return Optional.empty();
    }

    /** The spec text a range covers, on one line, when it can be read. */
    private static Optional<String> sourceText(SourceRange r) {
        if (r == null || r.file() == null) {
            return Optional.empty();
        }
        try {
            List<String> lines = java.nio.file.Files.readAllLines(r.file());
            StringBuilder sb = new StringBuilder();
            for (int i = r.start().line(); i <= r.end().line() && i < lines.size(); i++) {
                String l = lines.get(i);
                int from = i == r.start().line() ? Math.min(r.start().column(), l.length()) : 0;
                int to = i == r.end().line() ? Math.min(r.end().column(), l.length()) : l.length();
                sb.append(sb.isEmpty() ? "" : " ").append(l.substring(from, Math.max(from, to)).strip());
            }
            return sb.isEmpty() ? Optional.empty() : Optional.of(sb.toString());
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private CheckResult unnamedViolation(List<Diagnostic> diags, Optional<Trace> trace, CheckStats stats,
                                         Optional<Path> keptWorkDir) {
        String incomplete = "; TLC's distributed mode does not say which, and the behaviour it prints may lack its"
                + " first states: check without --distributed for TLC's own message and the whole behaviour";
        if (configuredInvariants.isEmpty()) {
            // with no invariant to violate, the one error that prints a behaviour and nothing else
            // (an assertion or an evaluation error prints its own message) is a deadlock
            String message = "TLC reported this behaviour without naming the error: with no invariant configured,"
                    + " a deadlock" + incomplete;
            diags.add(Diagnostic.warning(DiagnosticCode.LS601_TLC_ERROR, null, message));
            return new CheckResult(Outcome.DEADLOCK_FAILURE, ExitCode.VIOLATION_DEADLOCK.code(), stats,
                    Optional.of(new Violation(Violation.Kind.DEADLOCK, null, message, null)), trace, diags, printed,
                    version, 0, config, keptWorkDir);
        }
        String property = configuredInvariants.size() == 1 ? configuredInvariants.get(0) : null;
        String message = "TLC reported this behaviour without naming the error: a violated invariant ("
                + (property == null ? "one of " + String.join(", ", configuredInvariants) : property)
                + ") or a deadlock" + incomplete;
        diags.add(Diagnostic.warning(DiagnosticCode.LS601_TLC_ERROR, null, message));
        return new CheckResult(Outcome.SAFETY_FAILURE, ExitCode.VIOLATION_SAFETY.code(), stats,
                Optional.of(new Violation(Violation.Kind.INVARIANT, property, message, null)), trace, diags, printed, version,
                0, config, keptWorkDir);
    }

    private SourceRange moduleLocation(String body) {
        return TlcLocations.find(body).map(at -> SanyOutput.range(at, fileOfModule, positions)).orElse(null);
    }

    private SourceRange range(String module, String l1, String c1, String l2, String c2) {
        return positions.range(fileOfModule.apply(module), module, Integer.parseInt(l1), Integer.parseInt(c1),
                Integer.parseInt(l2), Integer.parseInt(c2));
    }

    /** A count TLC printed, its grouping separators dropped. */
    static long count(String printed) {
        return Long.parseLong(printed.replaceAll("[^\\d-]", ""));
    }

    private static String group(Pattern p, String body) {
        Matcher m = p.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
