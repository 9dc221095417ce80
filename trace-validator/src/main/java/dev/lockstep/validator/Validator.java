package dev.lockstep.validator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.check.ModelCopy;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lockstep.bridge.config.SpecFiles;
import dev.lockstep.bridge.library.ModuleLibrary;
import dev.lockstep.bridge.process.ScratchDir;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import dev.lockstep.validator.log.EventSource;
import dev.lockstep.validator.log.LogEvent;
import dev.lockstep.validator.log.LogProblem;
import dev.lockstep.validator.log.Mapping;
import dev.lockstep.validator.log.NativeLogReader;
import dev.lockstep.validator.log.Problems;
import dev.lockstep.validator.log.RunSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Validates logs against a spec, the one entry point every surface (CLI, Maven plugin, JUnit
 * extension) calls: checks that the spec and its model configuration exist (the configuration
 * defaults to the spec's sibling {@code .cfg}), makes its own work directory for each validation
 * (under the launch's, removed afterwards unless kept), reads (and merges) the logs, picks the
 * engine (direct when every line carries every variable, search otherwise, unless the request
 * forces one) and returns the result as data. A missing file or a spec or configuration TLC
 * rejects is a diagnostic in the result, not an exception. Safe to use from several threads: it
 * holds no mutable state.
 */
public final class Validator {
    private final HostLaunch launch;
    private final Tla2Tools tools;
    private final ModuleLibrary library;
    private final Consumer<Path> keptWork;
    private final boolean stepCache;
    /** A host started before the request was known, taken when it fits ({@link HostGuess}); null: none. */
    private final HostGuess guess;
    /**
     * Made on first use ({@link #mapper()}): the direct engine's host starts before any is needed, so
     * setting up Jackson (about 360 classes) is not on the way to its spawn.
     */
    private ObjectMapper mapper;

    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper();
        }
        return mapper;
    }

    /** A validator whose search engine runs the TLA+ tools Lockstep was built with. */
    public Validator(HostLaunch launch) {
        this(launch, Tla2Tools.fromClasspath());
    }

    /**
     * A validator starting its hosts as {@code launch} says; each validation makes its own work
     * directory under {@code launch.workDir()}.
     */
    public Validator(HostLaunch launch, Tla2Tools tools) {
        this(launch, tools, null, null, true, null);
    }

    private Validator(HostLaunch launch, Tla2Tools tools, ModuleLibrary library, Consumer<Path> keptWork,
                      boolean stepCache, HostGuess guess) {
        this.launch = launch;
        this.tools = tools;
        this.library = library;
        this.keptWork = keptWork;
        this.stepCache = stepCache;
        this.guess = guess;
    }

    /** Where this validator makes each validation's work directory. */
    Path workParent() {
        return launch.workDir();
    }

    /** How this validator starts the hosts of a validation of {@code spec} in the work directory {@code work}. */
    HostLaunch launchIn(Path work, Path spec) {
        HostLaunch here = launch.withWorkDir(work);
        return library == null ? here : here.withLibrary(library, spec.toAbsolutePath().normalize().getParent());
    }

    /** A validator running {@code tools}, its work directories under the system's temporary folder. */
    public static Validator forTools(Tla2Tools tools) {
        return new Validator(HostLaunch.forTools(tools, Path.of(System.getProperty("java.io.tmpdir"))), tools);
    }

    /**
     * This validator with the module search path of {@code modules} (the user's library folders,
     * then Lockstep's library), set up in each validation's work directory.
     */
    public Validator withLibrary(ModuleLibrary modules) {
        return new Validator(launch, tools, modules, keptWork, stepCache, guess);
    }

    /**
     * This validator, keeping each validation's work directory (for diagnosing Lockstep itself)
     * and telling {@code kept} where it is.
     */
    public Validator keepingWork(Consumer<Path> kept) {
        return new Validator(launch, tools, library, kept, stepCache, guess);
    }

    /**
     * This validator, with the direct engine checking every step with TLC's evaluator even when the
     * same step (action, parameters, states before and after) was found to conform before: for
     * measuring what the step cache gains (the CLI's {@code LOCKSTEP_STEP_CACHE=off}).
     */
    public Validator withoutStepCache() {
        return new Validator(launch, tools, library, keptWork, false, guess);
    }

    /**
     * This validator, taking the host {@code g} started (on a guess of the request, before the
     * command line was parsed) for the next validation when it is the host that validation would
     * start ({@link HostGuess}). The caller still closes {@code g}: that ends what no validation took.
     */
    public Validator withHostGuess(HostGuess g) {
        return new Validator(launch, tools, library, keptWork, stepCache, g);
    }

    /**
     * How the search engine searches its trace spec. Depth-first is the default: a driver in a
     * child JVM ({@link dev.lockstep.validator.host.TraceSearch}) runs TLC's evaluator over the
     * generated spec with an explicit stack and TLC's fingerprints, cursor-advancing successors
     * first, and stops at the first behaviour that explains the whole log. Breadth-first runs TLC's
     * model checker on the same spec. Both give the same verdicts (see docs/validation.md). TLC's
     * own depth-first mode ({@code -dfid}, iterative deepening from depth 2 in TLC 2.18) is not
     * used: it is quadratic in the log's length.
     */
    public enum SearchOrder { BFS, DFS }

    /**
     * Validates in a fresh work directory, removed afterwards unless {@link #keepingWork}. A missing
     * spec or configuration, an unusable mapping file, and a spec or configuration TLC rejects are
     * diagnostics in the result; unreadable log files are problems in it; an {@link IOException}
     * means Lockstep itself could not work (no temporary folder, an evaluator host that died).
     */
    public ValidationResult validate(ValidationRequest r) throws IOException, InterruptedException {
        Path spec = r.spec().toAbsolutePath().normalize();
        if (!Files.isRegularFile(spec)) {
            return ValidationResult.unusable(r.spec(), r.logs(), Diagnostic.error(DiagnosticCode.LS001_FILE_NOT_FOUND,
                    SourceRange.at(spec, 0, 0), "spec file does not exist"));
        }
        Path config = r.config() != null ? r.config().toAbsolutePath().normalize() : SpecFiles.defaultConfig(spec);
        if (!Files.isRegularFile(config)) {
            return ValidationResult.unusable(r.spec(), r.logs(), Diagnostic.error(DiagnosticCode.LS501_CONFIG,
                    SourceRange.at(config, 0, 0), "model configuration does not exist"
                            + (r.config() == null ? " (give one with the configuration option)" : "")));
        }
        boolean rules = false;
        if (r.mapping() != null) {
            try {
                rules = Mapping.load(r.mapping()).rules() != null;
            } catch (Mapping.MappingException e) {
                return ValidationResult.unusable(r.spec(), r.logs(), Diagnostic.error(DiagnosticCode.LS808_LOG_MAPPING,
                        SourceRange.at(r.mapping().toAbsolutePath().normalize(), 0, 0), e.getMessage()));
            }
        }
        Path adopted = guess == null ? null : guess.adoptWorkDir(workParent());
        Path work = adopted != null ? adopted : ScratchDir.create(workParent(), "validate");
        try {
            HostLaunch here = launchIn(work, spec);
            ValidationRequest in = new ValidationRequest(spec, config, r.logs(), r.engine(), r.keepGoing(),
                    r.maxLineLength(), r.unlogged(), r.mapping(), r.searchOrder(), r.workers());
            // the direct engine's host starts now, its JVM starting up while the library is written
            // and the spec copied
            boolean direct = !rules && r.engine() != Verdict.Engine.SEARCH && r.unlogged().isEmpty();
            HostLaunch.Ahead guessed = direct && guess != null ? guess.take(here, r.logs()) : null;
            try (HostLaunch.Ahead ahead = !direct ? null
                    : guessed != null ? guessed : here.ahead(HostLaunch.estimatedLines(r.logs()))) {
                if (library != null) {
                    library.writeTo(here.libraryDir());
                }
                ValidationResult v = new Validator(here, tools, library, keptWork, stepCache, null).fromCopy(in, ahead);
                return new ValidationResult(r.spec(), v.files(), v.verdict(), v.problems(), v.stats(), v.traces(),
                        v.diagnostics(), v.ambiguous());
            }
        } catch (SpecLoadException e) {
            boolean cfg = e.kind() == SpecLoadException.Kind.CONFIG;
            DiagnosticCode code = cfg ? DiagnosticCode.LS501_CONFIG : e.kind() == SpecLoadException.Kind.ASSUMPTION
                    ? DiagnosticCode.LS613_ASSUMPTION_FALSE : DiagnosticCode.LS402_SANY_SEMANTIC;
            return ValidationResult.unusable(r.spec(), r.logs(), Diagnostic.error(code,
                    TlcOutput.range(cfg ? config : spec, e.getMessage()), e.getMessage()));
        } finally {
            if (keptWork != null) {
                ScratchDir.disown(work);
                keptWork.accept(work);
            } else {
                ScratchDir.deleteQuietly(work);
            }
        }
    }

    /**
     * Validates with {@code launch.workDir()} as the work directory. The spec is read as
     * {@code check} reads it: from its {@link ModelCopy} (PlusCal translated when the file's
     * translation is missing or stale, Unicode modules as their ASCII copies); locations in the
     * verdict name the user's files and columns.
     */
    private ValidationResult fromCopy(ValidationRequest r, HostLaunch.Ahead ahead)
            throws SpecLoadException, IOException, InterruptedException {
        Path spec = r.spec();
        ModelCopy copy = ModelCopy.materialize(spec, tools, launch.workDir().resolve("spec"),
                launch.workDir().resolve("pcal"));
        if (!copy.errors().isEmpty()) {
            return ValidationResult.unusable(r.spec(), r.logs(), copy.errors());
        }
        // the configuration as TLC 2.18 reads it (ALIAS blanked out, as check does)
        ValidationRequest inCopy = new ValidationRequest(copy.modelDir().resolve(spec.getFileName()), copy.config(r.config(), tools), r.logs(), r.engine(),
                r.keepGoing(), r.maxLineLength(), r.unlogged(), r.mapping(), r.searchOrder(), r.workers());
        ValidationResult v;
        try {
            v = validateCopy(inCopy, ahead);
        } catch (SpecLoadException e) {
            // SANY's own errors, read as check reads them; otherwise TLC's one message
            List<Diagnostic> sany = e.kind() == SpecLoadException.Kind.SPEC ? copy.sanyErrors(e.details().lines().toList())
                    : List.of();
            if (sany.isEmpty()) {
                throw e;
            }
            return ValidationResult.unusable(r.spec(), r.logs(), sany);
        }
        List<ValidationResult.Trace> traces = v.traces().stream().map(t -> new ValidationResult.Trace(t.index(),
                t.file(), t.line(), SpecLocations.relocate(t.verdict(), copy))).toList();
        return new ValidationResult(r.spec(), v.files(), SpecLocations.relocate(v.verdict(), copy), v.problems(),
                v.stats(), traces, List.of(), v.ambiguous());
    }

    private ValidationResult validateCopy(ValidationRequest r, HostLaunch.Ahead ahead)
            throws SpecLoadException, IOException, InterruptedException {
        Problems problems = new Problems(r.keepGoing());
        java.util.Map<String, Long> stats = new java.util.LinkedHashMap<>();
        Verdict verdict;
        Mapping rules = rulesMapping(r);
        if (rules != null) {
            List<ValidationResult.Ambiguity> ambiguous = new ArrayList<>();
            List<ValidationResult.Trace> runs = new ArrayList<>();
            verdict = new MappedEngine(launch, mapper()).run(r, rules, problems, stats, ambiguous, runs);
            return new ValidationResult(r.spec(), r.logs(), verdict, problems.all(), stats, runs, List.of(),
                    ambiguous);
        }
        List<ValidationResult.Trace> traces = List.of();
        if (r.engine() == Verdict.Engine.SEARCH || (r.engine() == null && !r.unlogged().isEmpty())) {
            Searched s = search(r, problems);
            verdict = s.verdict();
            traces = s.traces();
        } else {
            List<LogProblem> found = new ArrayList<>();
            DirectEngine.Outcome o = new DirectEngine(launch, mapper()).run(r.spec(), r.config(), r.logs(),
                    r.keepGoing(), r.maxLineLength(), r.mapping(), r.directWorkers(), stepCache, found, stats, ahead);
            found.forEach(problems::report);
            verdict = o.verdict();
            traces = o.traces();
            if (o.partialLog() && r.engine() == null) {
                problems = new Problems(r.keepGoing());
                Searched s = search(r, problems);
                verdict = s.verdict();
                traces = s.traces();
            }
        }
        return new ValidationResult(r.spec(), r.logs(), verdict, problems.all(), stats, traces);
    }

    /** The request's mapping when it has rules (per-node logs: parts of variables, messages), else null. */
    private static Mapping rulesMapping(ValidationRequest r) throws IOException {
        if (r.mapping() == null) {
            return null;
        }
        try {
            Mapping m = Mapping.load(r.mapping());
            return m.rules() == null ? null : m;
        } catch (Mapping.MappingException e) {
            throw new IOException(r.mapping() + ": " + e.getMessage());
        }
    }

    /**
     * A search verdict that shows a state before the failing line, completed by an evaluator host:
     * the action instances enabled in that state and, for the failing line's step from it with the
     * variables the line does not log unchanged, what the direct engine explains (the false
     * conjunct, unless it constrains an unlogged variable's new value, and the diff of the logged
     * variables). The verdict as it was when the state's values do not parse or the host cannot tell.
     */
    private Verdict withContext(Verdict v, ValidationRequest r, List<LogEvent> log) throws SpecLoadException, IOException {
        if (!(v instanceof Verdict.DoesNotConform d) || d.witness().stateBefore().isEmpty()
                || !d.witness().enabled().isEmpty()) {
            return v;
        }
        Verdict.Witness w = d.witness();
        ObjectNode line = mapper().createObjectNode().put("action", "Init");
        ObjectNode state = line.putObject("state");
        for (Map.Entry<String, JsonNode> e : w.stateBefore().entrySet()) {
            if (e.getValue().has("#unserializable")) {
                return v; // a value TLC could not enumerate: no state to start the host from
            }
            state.set(e.getKey(), e.getValue());
        }
        StringBuilder text = new StringBuilder(mapper().writeValueAsString(line)).append('\n');
        LogEvent bad = log.stream().filter(e -> e.line() == w.line() && e.file().equals(w.file())).findFirst().orElse(null);
        List<String> unlogged = new ArrayList<>();
        if (bad != null && !"Init".equals(bad.action())) {
            ObjectNode logged = bad.state() == null ? mapper().createObjectNode() : bad.state().toObjectNode();
            ObjectNode step = mapper().createObjectNode().put("action", bad.action());
            if (bad.params() != null) {
                step.set("params", bad.params());
            }
            ObjectNode after = step.putObject("state");
            state.fields().forEachRemaining(e -> {
                if (logged.has(e.getKey())) {
                    after.set(e.getKey(), logged.get(e.getKey()));
                } else {
                    unlogged.add(e.getKey());
                    after.set(e.getKey(), e.getValue());
                }
            });
            text.append(mapper().writeValueAsString(step)).append('\n');
        }
        Path file = Files.createTempFile(launch.workDir(), "state-before", ".ndjson");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        DirectEngine.StateContext context = new DirectEngine(launch, mapper()).context(r.spec(), r.config(), file);
        if (context == null) {
            return v;
        }
        Verdict.Witness next = context.nextStep();
        Verdict.Conjunct conjunct = w.conjunct();
        List<Verdict.VariableDiff> diff = w.diff();
        String instance = w.instance();
        Verdict.SpecLocation action = w.action();
        if (next != null && conjunct == null) {
            if (next.conjunct() != null && unlogged.stream().noneMatch(u -> primes(next.conjunct().text(), u))) {
                conjunct = next.conjunct();
            }
            diff = next.diff().stream().filter(x -> !unlogged.contains(x.variable())).toList();
            instance = instance == null ? next.instance() : instance;
            action = action == null ? next.action() : action;
        }
        return new Verdict.DoesNotConform(d.engine(), d.events(), new Verdict.Witness(w.file(), w.line(), w.logged(),
                w.kind(), w.message(), instance, action, conjunct, w.stateBefore(), w.stateAfter(),
                context.enabled(), w.explainedBy(), diff, w.modelValues(), w.recent()));
    }

    /** A verdict that does not conform, with the log's events up to its line (as the direct engine's host keeps them). */
    private static Verdict withRecent(Verdict v, List<LogEvent> log) {
        if (!(v instanceof Verdict.DoesNotConform d)) {
            return v;
        }
        Verdict.Witness w = d.witness();
        int at = -1;
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).line() == w.line() && log.get(i).file().equals(w.file())) {
                at = i;
                break;
            }
        }
        List<Verdict.LoggedEvent> recent = new ArrayList<>();
        for (int i = Math.max(0, at - Verdict.Witness.RECENT + 1); i <= at; i++) {
            LogEvent e = log.get(i);
            recent.add(new Verdict.LoggedEvent(e.node(), e.action(), e.file(), e.line(),
                    e.clock() instanceof dev.lockstep.validator.log.Clock.Lamport l ? l.value() : -1));
        }
        return new Verdict.DoesNotConform(d.engine(), d.events(), w.withRecent(recent));
    }

    /** Whether TLA+ text {@code text} mentions the new value of variable {@code var} ({@code var'}). */
    private static boolean primes(String text, String var) {
        return java.util.regex.Pattern.compile("(?<![A-Za-z0-9_])" + java.util.regex.Pattern.quote(var) + "\\s*'")
                .matcher(text).find();
    }

    /** The merged events up to the first one that comes after a malformed line of its file. */
    static List<LogEvent> beforeFirstProblem(List<LogEvent> log, List<LogProblem> problems) {
        List<LogEvent> out = new ArrayList<>();
        for (LogEvent e : log) {
            for (LogProblem p : problems) {
                if (p.file() == null || (p.file().equals(e.file()) && (p.line() == 0 || p.line() < e.line()))) {
                    return out;
                }
            }
            out.add(e);
        }
        return out;
    }

    /** The search engine's verdict on the whole log and, when it holds several runs, each run's. */
    private record Searched(Verdict verdict, List<ValidationResult.Trace> traces) {
    }

    /**
     * The search engine over the log, run by run as the direct engine splits it ({@link #runs}):
     * each run is its own search (its own generated trace spec, in its own work directory), up to
     * {@code r.searchWorkers()} at once.
     */
    private Searched search(ValidationRequest r, Problems problems) throws SpecLoadException, IOException, InterruptedException {
        SpecInfo info = new DirectEngine(launch, mapper()).describe(r.spec(), r.config());
        Mapping mapping = null;
        if (r.mapping() != null) {
            try {
                mapping = Mapping.load(r.mapping());
            } catch (Mapping.MappingException e) {
                throw new IOException(r.mapping() + ": " + e.getMessage());
            }
        }
        List<EventSource> sources = new ArrayList<>();
        for (Path p : r.logs()) {
            NativeLogReader reader = NativeLogReader.open(p, mapper(), problems, r.maxLineLength(), mapping);
            if (reader != null) {
                sources.add(reader);
            }
        }
        List<LogEvent> log = new ArrayList<>();
        RunSources opened = RunSources.of(sources, problems);
        try (EventSource events = opened.events()) {
            LogEvent e;
            while ((e = events.next()) != null) {
                log.add(e);
            }
        }
        // as in the direct engine: a line that does not conform before the first bad line stands;
        // otherwise malformed input wins
        boolean malformed = problems.any();
        List<LogEvent> checked = malformed ? beforeFirstProblem(log, problems.all()) : log;
        if (malformed && checked.isEmpty()) {
            return new Searched(new Verdict.Unknown(Verdict.Engine.SEARCH, "the log is malformed", 0), List.of());
        }
        List<List<LogEvent>> runs = runs(checked, opened.filesAreRuns());
        List<Verdict> verdicts = searchRuns(r, info, runs);
        if (malformed) {
            // the run the first bad line cut
            int last = verdicts.size() - 1;
            if (verdicts.get(last) instanceof Verdict.Conforms c) {
                verdicts.set(last, new Verdict.Unknown(Verdict.Engine.SEARCH,
                        "the log is malformed; the events before the first bad line conform", c.events()));
            } else if (verdicts.get(last) instanceof Verdict.Unknown) {
                verdicts.set(last, new Verdict.Unknown(Verdict.Engine.SEARCH, "the log is malformed", 0));
            }
        }
        if (runs.size() == 1) {
            return new Searched(verdicts.get(0), List.of());
        }
        List<ValidationResult.Trace> traces = new ArrayList<>();
        Verdict failed = null;
        Verdict.Unknown unknown = null;
        long events = 0;
        for (int i = 0; i < runs.size(); i++) {
            Verdict v = verdicts.get(i);
            LogEvent first = runs.get(i).get(0);
            traces.add(new ValidationResult.Trace(i + 1, first.file(), first.line(), v));
            failed = failed == null && v instanceof Verdict.DoesNotConform ? v : failed;
            unknown = unknown == null && v instanceof Verdict.Unknown u ? u : unknown;
            events += v instanceof Verdict.Conforms c ? c.events() : 0;
        }
        // with several runs, as for the direct engine: the first run that does not conform, else
        // the first without a verdict, else conforms with the events of all
        Verdict all = failed != null ? failed
                : unknown != null ? new Verdict.Unknown(Verdict.Engine.SEARCH, unknown.reason(), events)
                : new Verdict.Conforms(Verdict.Engine.SEARCH, events);
        return new Searched(all, traces);
    }

    /**
     * The runs of a log, as the direct engine's host splits them: a line naming {@code Init} after
     * the first line of a run starts the next run, and so does each file when {@code filesAreRuns}.
     */
    static List<List<LogEvent>> runs(List<LogEvent> log, boolean filesAreRuns) {
        List<List<LogEvent>> runs = new ArrayList<>();
        List<LogEvent> run = new ArrayList<>();
        for (LogEvent e : log) {
            if (!run.isEmpty() && ("Init".equals(e.action())
                    || filesAreRuns && !e.file().equals(run.get(run.size() - 1).file()))) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(e);
        }
        runs.add(run);
        return runs;
    }

    /**
     * Each run's verdict, in order: searched in its own work directory when there are several,
     * {@code r.searchWorkers()} at a time, each completed with context (an evaluator host on the state
     * before its failing line) and the events before that line.
     */
    private List<Verdict> searchRuns(ValidationRequest r, SpecInfo info, List<List<LogEvent>> runs)
            throws SpecLoadException, IOException, InterruptedException {
        SearchEngine engine = new SearchEngine(tools, launch);
        boolean bfs = r.searchOrder() == SearchOrder.BFS;
        if (runs.size() == 1) {
            List<LogEvent> run = runs.get(0);
            return new ArrayList<>(List.of(withRecent(withContext(engine.run(r.spec(), r.config(), info, run,
                    r.unlogged(), bfs, launch.workDir()), r, run), run)));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(r.searchWorkers(), runs.size()));
        try {
            List<java.util.concurrent.Future<Verdict>> futures = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                List<LogEvent> run = runs.get(i);
                Path work = launch.workDir().resolve("run-" + (i + 1));
                futures.add(pool.submit(() -> withRecent(withContext(engine.run(r.spec(), r.config(), info, run,
                        r.unlogged(), bfs, work), r, run), run)));
            }
            List<Verdict> out = new ArrayList<>();
            for (java.util.concurrent.Future<Verdict> f : futures) {
                try {
                    out.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof SpecLoadException s) {
                        throw s;
                    }
                    if (c instanceof IOException io) {
                        throw io;
                    }
                    if (c instanceof InterruptedException ie) {
                        throw ie;
                    }
                    throw new IllegalStateException(c);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

}
