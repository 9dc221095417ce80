package dev.lockstep.cli;

import dev.lockstep.bridge.check.CheckRequest;
import dev.lockstep.bridge.check.CheckResult;
import dev.lockstep.bridge.check.ModelSpec;
import dev.lockstep.bridge.check.SearchMode;
import dev.lockstep.bridge.check.TlcRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lockstep check SPEC.tla}: model-check with TLC and report the verdict. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Model-check a TLA+ or PlusCal spec with TLC.",
                "The model is SPEC.cfg beside the spec, --config FILE, and/or the options below."},
        footer = {"", "Exit codes: 0 no error, 10 assumption, 11 deadlock, 12 safety, 13 liveness, 14 assert,",
                "150 spec error, 151 config error, 153 system error (TLC crashed, out of memory, killed), 2 usage."})
final class CheckCommand implements Callable<Integer> {
    private final CliContext ctx;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "The root module (Spec.tla).")
    Path specFile;

    @Option(names = "--config", paramLabel = "FILE", description = "Model configuration (default: SPEC.cfg beside the spec).")
    Path config;

    @Option(names = "--init", paramLabel = "OP", description = "Initial-state predicate (writes INIT).")
    String init;

    @Option(names = "--next", paramLabel = "OP", description = "Next-state action (writes NEXT).")
    String next;

    @Option(names = "--spec", paramLabel = "OP", description = "Temporal formula (writes SPECIFICATION).")
    String behaviourSpec;

    @Option(names = "--inv", paramLabel = "OP", description = "Invariant to check (repeatable).")
    List<String> invariants = new ArrayList<>();

    @Option(names = "--prop", paramLabel = "OP", description = "Temporal property to check (repeatable).")
    List<String> properties = new ArrayList<>();

    @Option(names = "--const", paramLabel = "NAME=VALUE", description = "Constant assignment (repeatable), e.g. --const 'N=3'.")
    List<String> constants = new ArrayList<>();

    @Option(names = "--no-deadlock", description = "Do not report deadlocks.")
    boolean noDeadlock;

    @Option(names = "--dfs", paramLabel = "DEPTH", description = "Depth-first search (iterative deepening) to DEPTH.")
    Integer dfsDepth;

    @Option(names = "--simulate", description = "Random simulation instead of exhaustive checking.")
    boolean simulate;

    @Option(names = "--depth", paramLabel = "N", description = "With --simulate: steps per behaviour (default: 100).")
    Integer depth;

    @Option(names = "--traces", paramLabel = "N", description = "With --simulate: number of behaviours (default: until stopped).")
    Long traces;

    @Option(names = "--seed", paramLabel = "N", description = "With --simulate: random seed.")
    Long seed;

    @Option(names = "--distributed", description = "Run TLC's distributed mode: a server that workers join over RMI.")
    boolean distributed;

    @Option(names = "--port", paramLabel = "PORT", description = "With --distributed: the server's port (default: 10997).")
    Integer port;

    @Option(names = "--local-workers", paramLabel = "N", description = "With --distributed: start N workers on this machine.")
    Integer localWorkers;

    @Option(names = "--host", paramLabel = "NAME", description = "With --distributed: the host name workers use to reach this server.")
    String host;

    @Option(names = "--workers", paramLabel = "N|auto", defaultValue = "1", converter = Workers.Converter.class,
            description = "TLC worker threads (auto: TLC's choice, one per core; default: 1).")
    Workers workers;

    @Option(names = "--max-heap", paramLabel = "SIZE", description = "TLC's maximum heap, e.g. 4g.")
    String maxHeap;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Option(names = "--full-states", description = "Show every variable in each step, not only those that changed.")
    boolean fullStates;

    @Option(names = "--keep-work", description = "Keep TLC's work directory and print where it is.")
    boolean keepWork;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Create work directories under DIR (default: the system temp folder).")
    Path workDir;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Also write an HTML report: summary, counterexample, space-time diagram, state graph of small models.")
    Path report;

    @Option(names = "--no-progress", description = "Do not draw the live progress line.")
    boolean noProgress;

    @Option(names = "--dump-trace", arity = "2", paramLabel = "FORMAT FILE",
            description = "Pass TLC's -dumpTrace FORMAT FILE through (e.g. json, tla); needs a current TLC (--tla2tools).")
    List<String> dumpTrace;

    @Option(names = "--liveness-check", paramLabel = "WHEN",
            description = "When TLC checks temporal properties: periodic (default: while exploring, so a violation is "
                    + "found early) or final (once, after the whole state space: the state counts are the same on every run).")
    String livenessCheck = "periodic";

    @Mixin
    ToolsOption tools = new ToolsOption();
    @Mixin
    LibraryOption library = new LibraryOption();

    CheckCommand(CliContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws InterruptedException {
        CheckRequest req = request();
        boolean progress = !json && !noProgress && ctx.stderrIsTerminal();
        CheckRenderer renderer = new CheckRenderer(ctx, fullStates);
        if (!json) {
            renderer.header(req);
        }
        ProgressLine line = progress ? new ProgressLine(ctx.err()) : null;
        CheckResult result;
        try {
            TlcRunner.Listener listener = line != null ? line : json ? TlcRunner.SILENT : renderer.warningsListener();
            result = new TlcRunner().run(req, renderer.showingLive(listener));
        } finally {
            if (line != null) {
                line.close();
            }
        }
        if (json) {
            new CheckJson(ctx.out()).write(req, result);
        } else {
            renderer.result(req, result);
        }
        if (report != null) {
            new CheckReportWriter(ctx).write(report, req, result);
        }
        return result.exitCode();
    }

    private CheckRequest request() {
        if (dfsDepth != null && simulate) {
            throw usage("--dfs and --simulate cannot be combined");
        }
        if (!simulate && (depth != null || traces != null || seed != null)) {
            throw usage("--depth, --traces and --seed need --simulate");
        }
        if (!distributed && (port != null || localWorkers != null || host != null)) {
            throw usage("--port, --local-workers and --host need --distributed");
        }
        if (distributed && (dfsDepth != null || simulate)) {
            throw usage("--distributed runs breadth-first search; it cannot be combined with --dfs or --simulate");
        }
        if (port != null && (port < 1 || port > 65535)) {
            throw usage("--port must be between 1 and 65535");
        }
        if (localWorkers != null && localWorkers < 0) {
            throw usage("--local-workers cannot be negative");
        }
        if (dfsDepth != null && dfsDepth < 1) {
            throw usage("--dfs needs a depth of at least 1");
        }
        if (maxHeap != null && !maxHeap.matches("\\d+[kKmMgG]?")) {
            throw usage("--max-heap takes a size such as 512m or 4g, not '" + maxHeap + "'");
        }
        Map<String, String> consts = new LinkedHashMap<>();
        for (String c : constants) {
            int eq = c.indexOf('=');
            if (eq <= 0 || eq == c.length() - 1 || !c.substring(0, eq).strip().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw usage("--const takes NAME=VALUE, not '" + c + "'");
            }
            consts.put(c.substring(0, eq).strip(), c.substring(eq + 1).strip());
        }
        SearchMode mode = distributed ? new SearchMode.Distributed(port == null ? SearchMode.Distributed.DEFAULT_PORT : port,
                localWorkers == null ? 0 : localWorkers, host)
                : dfsDepth != null ? new SearchMode.DepthFirst(dfsDepth)
                : simulate ? new SearchMode.Simulation(depth == null ? 100 : depth, traces, seed)
                : new SearchMode.BreadthFirst();
        ModelSpec model = new ModelSpec(config, init, next, behaviourSpec, invariants, properties, consts, noDeadlock);
        List<String> tlcArgs = new ArrayList<>();
        if (dumpTrace != null) {
            tlcArgs.addAll(List.of("-dumpTrace", dumpTrace.get(0), Path.of(dumpTrace.get(1)).toAbsolutePath().toString()));
        }
        switch (livenessCheck) {
            case "periodic" -> { }
            case "final" -> tlcArgs.addAll(List.of("-lncheck", "final"));
            default -> throw usage("--liveness-check takes periodic or final, not '" + livenessCheck + "'");
        }
        return new CheckRequest(specFile, model, mode, workers.count(), maxHeap, tools.resolve(ctx), workDir, keepWork, tlcArgs,
                library.resolve(ctx));
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
