package dev.lockstep.bridge.check;

import dev.lockstep.bridge.ExitCode;
import dev.lockstep.bridge.config.SpecFiles;
import dev.lockstep.bridge.TlcFeatures;
import dev.lockstep.bridge.config.Named;
import dev.lockstep.bridge.config.TlcConfigReader;
import dev.lockstep.bridge.config.UndeclaredNames;
import dev.lockstep.bridge.library.ModuleLibrary;
import dev.lockstep.bridge.process.ChildJvm;
import dev.lockstep.bridge.process.RunningJvm;
import dev.lockstep.bridge.tlc.TlcCodes;
import dev.lockstep.bridge.tlc.TlcEvent;
import dev.lockstep.bridge.tlc.TlcStreamParser;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs TLC on a spec in a child JVM and returns a typed {@link CheckResult}. The spec's modules are
 * copied into a fresh {@link WorkDir}; an untranslated or stale PlusCal algorithm is translated there;
 * the effective configuration is written there; TLC's states and extracted standard modules go
 * there. The user's folder is only read. Safe to use from several threads: a runner has no state.
 */
public final class TlcRunner {

    /** Receives what happens during a run, on the calling thread. */
    public interface Listener {
        /** A warning about the run (a stale PlusCal translation, say), before TLC starts. */
        default void warning(Diagnostic d) {
        }

        /** TLC's child JVM started. */
        default void started(long pid) {
        }

        /**
         * A distributed run's server is ready for workers on {@code port}; {@code localWorkers}
         * are being started on this machine.
         */
        default void serverReady(int port, int localWorkers) {
        }

        /** Every event of TLC's message stream, as it arrives. */
        default void event(TlcEvent e) {
        }
    }

    /** A listener that ignores everything. */
    public static final Listener SILENT = new Listener() {
    };

    public CheckResult run(CheckRequest req, Listener listener) throws InterruptedException {
        Path spec = resolveSpec(req.spec());
        if (!Files.isRegularFile(spec)) {
            return CheckResult.failedBeforeRun(ExitCode.SPEC_ERROR, List.of(Diagnostic.error(
                    DiagnosticCode.LS001_FILE_NOT_FOUND, null, req.spec() + ": no such spec file")));
        }
        if (!Files.isReadable(spec)) {
            return CheckResult.failedBeforeRun(ExitCode.SPEC_ERROR, List.of(Diagnostic.error(
                    DiagnosticCode.LS002_FILE_UNREADABLE, null, spec + ": cannot read the spec file")));
        }
        Path specDir = spec.toAbsolutePath().getParent();
        String moduleName = spec.getFileName().toString().replaceFirst("\\.tla$", "");
        Optional<Path> baseConfig;
        try {
            baseConfig = baseConfig(req.model(), specDir, moduleName);
        } catch (IllegalArgumentException e) {
            return CheckResult.failedBeforeRun(ExitCode.CONFIG_ERROR, List.of(Diagnostic.error(
                    DiagnosticCode.LS001_FILE_NOT_FOUND, null, e.getMessage())));
        }
        Diagnostic noConfig = baseConfig.isEmpty() && !req.model().hasAdditions() ? Diagnostic.error(
                DiagnosticCode.LS501_CONFIG, null, "no model configuration: " + SpecFiles.defaultConfig(spec.toAbsolutePath())
                        + " does not exist; pass --config FILE, or --spec / --init and --next") : null;
        try (WorkDir work = WorkDir.create(req.workRoot(), moduleName, req.keepWork())) {
            return noConfig != null ? withoutConfig(work, req, spec.toAbsolutePath(), noConfig)
                    : runIn(work, req, spec.toAbsolutePath(), specDir, moduleName, baseConfig, listener);
        } catch (IOException e) {
            return CheckResult.failedBeforeRun(ExitCode.SYSTEM_ERROR, List.of(Diagnostic.error(
                    DiagnosticCode.LS601_TLC_ERROR, null, "cannot prepare the work directory: " + e.getMessage())));
        }
    }

    /**
     * Without a configuration TLC cannot run; the spec's own errors (PlusCal, SANY) are reported
     * with the missing configuration, and decide the exit code (150) when there are any.
     */
    private static CheckResult withoutConfig(WorkDir work, CheckRequest req, Path spec, Diagnostic noConfig)
            throws IOException, InterruptedException {
        ModelCopy copy = ModelCopy.materialize(spec, req.tools(), work.model(), work.root().resolve("pcal"));
        List<Diagnostic> errors = new ArrayList<>(copy.errors());
        if (errors.isEmpty()) {
            errors.addAll(SanyRun.errors(req.tools(), copy, work, spec, req.library()));
        }
        if (errors.isEmpty()) {
            return CheckResult.failedBeforeRun(ExitCode.CONFIG_ERROR, List.of(noConfig));
        }
        errors.add(noConfig);
        return CheckResult.failedBeforeRun(ExitCode.SPEC_ERROR, errors);
    }

    private CheckResult runIn(WorkDir work, CheckRequest req, Path spec, Path specDir, String moduleName,
                              Optional<Path> baseConfig, Listener listener) throws IOException, InterruptedException {
        ModelCopy copy = ModelCopy.materialize(spec, req.tools(), work.model(), work.root().resolve("pcal"));
        if (!copy.errors().isEmpty()) {
            return CheckResult.failedBeforeRun(ExitCode.SPEC_ERROR, copy.errors());
        }
        List<Diagnostic> early = new ArrayList<>(copy.warnings());
        copy.warnings().forEach(listener::warning);

        Path cfg = work.model().resolve(moduleName + ".lockstep.cfg");
        int baseLines = writeConfig(cfg, baseConfig, req.model());
        TlcConfigReader.Parsed config = TlcConfigReader.parse(Files.readString(cfg, StandardCharsets.UTF_8), null);
        List<Diagnostic> configDiagnostics = new ArrayList<>(config.diagnostics());
        if (!config.hasErrors()) {
            configDiagnostics.addAll(UndeclaredNames.check(config.config(), spec, req.library().userDirs()));
        }
        for (Diagnostic d : configDiagnostics) {
            Diagnostic located = locate(d, baseConfig, baseLines);
            early.add(located);
            if (!d.isError()) {
                listener.warning(located);
            }
        }
        if (config.hasErrors()) {
            return CheckResult.failedBeforeRun(ExitCode.CONFIG_ERROR, early);
        }
        TlcFeatures features = TlcFeatures.of(req.tools());
        List<Diagnostic> missing = FeatureGate.missing(features,
                config.config().postcondition().map(n -> locateRange(n.range(), baseConfig, baseLines)),
                userModules(specDir), req.extraTlcArgs());
        if (!missing.isEmpty()) {
            List<Diagnostic> all = new ArrayList<>(early);
            all.addAll(missing);
            // a use in a module is a spec error, one in the config a config error, an option a system error
            boolean inModule = missing.stream().anyMatch(d -> d.range() != null && d.range().file() != null
                    && d.range().file().toString().endsWith(".tla"));
            boolean inConfig = missing.stream().anyMatch(d -> d.range() != null && d.range().file() != null
                    && !d.range().file().toString().endsWith(".tla"));
            return CheckResult.failedBeforeRun(inModule ? ExitCode.SPEC_ERROR
                    : inConfig ? ExitCode.CONFIG_ERROR : ExitCode.SYSTEM_ERROR, all);
        }
        // ALIAS: TLC evaluates it when it can; otherwise Lockstep does, after the run
        Optional<Named> alias = features.has(TlcFeatures.Feature.ALIAS) ? Optional.empty() : config.config().alias();
        if (alias.isPresent()) {
            Files.writeString(cfg, AliasEvaluation.withoutAlias(Files.readString(cfg, StandardCharsets.UTF_8),
                    alias.get().range()), StandardCharsets.UTF_8);
        }
        Function<Path, Path> original = p -> p.toAbsolutePath().normalize().equals(cfg.toAbsolutePath().normalize())
                ? baseConfig.orElse(cfg) : copy.original(p);
        ResultBuilder builder = new ResultBuilder(copy::fileOfModule, original, copy, cfg, baseLines,
                config.config().properties().stream().map(Named::name).toList(),
                config.config().invariants().stream().map(Named::name).toList());

        SearchMode.Distributed dist = req.mode() instanceof SearchMode.Distributed d ? d : null;
        ChildJvm jvm = ChildJvm.of(ModuleLibrary.classpath(req.tools().classpath()), dist == null ? "tlc2.TLC" : "tlc2.tool.distributed.TLCServer",
                        work.model())
                .withJvmOptions(jvmOptions(req, work, specDir))
                .withArguments(tlcArguments(req, work, cfg, spec.getFileName().toString()));
        long start = System.nanoTime();
        int exit;
        boolean killed;
        try (RunningJvm run = jvm.start(); DistributedWorkers workers = new DistributedWorkers()) {
            listener.started(run.pid());
            IOException[] workerFailure = new IOException[1];
            TlcStreamParser parser = new TlcStreamParser(e -> {
                builder.accept(e);
                listener.event(e);
                if (dist != null && e instanceof TlcEvent.Message m && m.code() == TlcCodes.DISTRIBUTED_SERVER_READY) {
                    listener.serverReady(dist.port(), dist.localWorkers());
                    try {
                        workers.start(dist.localWorkers(), req.tools(), dist.port(), work.tmp(), req.maxHeap());
                    } catch (IOException ex) {
                        workerFailure[0] = ex;
                        run.destroyTree();
                    }
                }
            });
            try (BufferedReader r = new BufferedReader(new InputStreamReader(run.stdout(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    parser.accept(line);
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedException("check cancelled");
                    }
                }
            } catch (IOException streamClosed) {
                // the child died or was killed: its exit code tells the rest
            }
            parser.finish();
            exit = run.waitFor();
            killed = run.wasKilled();
            if (workerFailure[0] != null) {
                throw workerFailure[0];
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        CheckResult r = builder.build(exit, killed, millis, req.maxHeap(),
                work.kept() ? Optional.of(work.root()) : Optional.empty());
        if (alias.isPresent()) {
            r = AliasEvaluation.apply(r, alias.get().name(), locateRange(alias.get().range(), baseConfig, baseLines),
                    req.tools(), req.library().tlcOptions(specDir, work.root().resolve("library")),
                    work.model().resolve(spec.getFileName()), cfg, work.root().resolve("alias"));
        }
        if (early.isEmpty()) {
            return r;
        }
        List<Diagnostic> all = new ArrayList<>(early);
        all.addAll(r.diagnostics());
        return new CheckResult(r.outcome(), r.exitCode(), r.stats(), r.violation(), r.trace(), all, r.output(),
                r.tlcVersion(), r.tlcExitCode(), r.config(), r.workDir());
    }

    /** {@code Spec}, {@code Spec.tla} or {@code Spec.cfg}: the module file. */
    static Path resolveSpec(Path given) {
        String name = given.getFileName() == null ? "" : given.getFileName().toString();
        if (!name.endsWith(".tla") && !Files.exists(given)) {
            Path withExt = given.resolveSibling(name + ".tla");
            if (Files.exists(withExt)) {
                return withExt;
            }
        }
        return given;
    }

    private static Optional<Path> baseConfig(ModelSpec model, Path specDir, String moduleName) {
        if (model.configFile() != null) {
            Path c = model.configFile().toAbsolutePath();
            if (!Files.isRegularFile(c)) {
                throw new IllegalArgumentException(model.configFile() + ": no such config file");
            }
            return Optional.of(c);
        }
        Path beside = SpecFiles.defaultConfig(specDir.resolve(moduleName + ".tla"));
        return !model.replacesBehaviour() && Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty();
    }

    /** Writes the effective config; returns how many of its lines come from the user's file. */
    private static int writeConfig(Path cfg, Optional<Path> base, ModelSpec model) throws IOException {
        StringBuilder sb = new StringBuilder();
        int baseLines = 0;
        if (base.isPresent()) {
            String text = Files.readString(base.get(), StandardCharsets.UTF_8);
            sb.append(text);
            baseLines = (int) text.lines().count();
            if (!text.endsWith("\n")) {
                sb.append('\n');
            }
        }
        List<String> added = model.additionLines();
        if (!added.isEmpty()) {
            sb.append("\\* added by lockstep from command-line options\n");
            added.forEach(l -> sb.append(l).append('\n'));
        }
        Files.writeString(cfg, sb.toString(), StandardCharsets.UTF_8);
        return baseLines;
    }

    /**
     * Points a diagnostic about the effective config at the user's file, or says that it comes from
     * the command-line options (the lines Lockstep added after the file's).
     */
    private static Diagnostic locate(Diagnostic d, Optional<Path> baseConfig, int baseLines) {
        SourceRange r = locateRange(d.range(), baseConfig, baseLines);
        return new Diagnostic(d.code(), d.severity(), r, r == null ? d.message() + " (from the command-line options)"
                : d.message(), d.related());
    }

    /** A range in the effective config, in the user's file; null for the lines from command-line options. */
    private static SourceRange locateRange(SourceRange r, Optional<Path> baseConfig, int baseLines) {
        return r != null && r.start().line() < baseLines && baseConfig.isPresent()
                ? new SourceRange(baseConfig.get(), r.start(), r.end()) : null;
    }

    /** The user's modules beside the spec, comments blanked, for {@link FeatureGate}. */
    private static java.util.Map<Path, String> userModules(Path specDir) throws IOException {
        java.util.Map<Path, String> out = new java.util.LinkedHashMap<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(specDir, "*.tla")) {
            for (Path p : ds) {
                if (Files.isRegularFile(p)) {
                    out.put(p, FeatureGate.blankComments(Files.readString(p, StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }

    private static List<String> jvmOptions(CheckRequest req, WorkDir work, Path specDir) throws IOException {
        List<String> o = new ArrayList<>();
        o.add("-XX:+UseParallelGC");
        if (req.maxHeap() != null) {
            o.add("-Xmx" + req.maxHeap());
        }
        o.add("-Djava.io.tmpdir=" + work.tmp());
        if (req.mode() instanceof SearchMode.Distributed d) {
            o.add("-Dtlc2.tool.distributed.TLCServer.port=" + d.port());
            if (d.hostname() != null) {
                o.add("-Djava.rmi.server.hostname=" + d.hostname());
            }
        }
        o.add("-Dfile.encoding=UTF-8");
        // modules next to the spec that were not copied (sub-folders) are still found, then the
        // user's library folders, then Lockstep's library (written into the work directory)
        o.addAll(req.library().tlcOptions(specDir, work.root().resolve("library")));
        return o;
    }

    private static List<String> tlcArguments(CheckRequest req, WorkDir work, Path cfg, String specFile) {
        List<String> a = new ArrayList<>(List.of("-tool", "-metadir", work.states().toString(), "-config", cfg.toString()));
        if (!(req.mode() instanceof SearchMode.Distributed)) {
            // the distributed server has no worker threads of its own: workers are processes
            a.add("-workers");
            a.add(req.workers() == 0 ? "auto" : Integer.toString(req.workers()));
        }
        if (req.model().noDeadlock()) {
            a.add("-deadlock");
        }
        SearchMode mode = req.mode();
        if (mode instanceof SearchMode.DepthFirst d) {
            a.add("-dfid");
            a.add(Integer.toString(d.depth()));
        } else if (mode instanceof SearchMode.Simulation s) {
            a.add("-simulate");
            if (s.traces() != null) {
                a.add("num=" + s.traces());
            }
            a.add("-depth");
            a.add(Integer.toString(s.depth()));
            if (s.seed() != null) {
                a.add("-seed");
                a.add(Long.toString(s.seed()));
            }
        }
        a.addAll(req.extraTlcArgs());
        a.add(specFile);
        return a;
    }
}
