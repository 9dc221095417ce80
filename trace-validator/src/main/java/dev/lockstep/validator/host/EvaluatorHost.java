package dev.lockstep.validator.host;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.bridge.eval.Assumptions;
import dev.lockstep.bridge.eval.TlcConsole;
import dev.lockstep.bridge.eval.TlcModel;
import dev.lockstep.validator.log.LogEvent;
import dev.lockstep.validator.log.LogProblem;
import dev.lockstep.validator.log.Mapping;
import dev.lockstep.validator.log.NativeLogReader;
import dev.lockstep.validator.log.Problems;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import tlc2.tool.ConfigFileException;
import tlc2.tool.impl.FastTool;
import tlc2.tool.impl.Tool;
import tlc2.util.FP64;
import tlc2.value.impl.ModelValue;

/**
 * The child-JVM side of the direct engine. Loads the spec and model once with TLC's
 * {@code FastTool}, then validates the logs it is asked to: one thread reads, parses and merges the
 * log files (the same readers Lockstep uses, so malformed input is reported identically), another
 * checks each step with TLC's evaluator; a bounded queue between them keeps memory flat in the
 * log's length. TLC's own console output goes to stderr so it never mixes with the protocol.
 *
 * <p>The protocol is {@link HostProtocol}'s records, one JSON object per line: after loading, a
 * {@link HostProtocol.Ready} (or a {@link HostProtocol.LoadError}, and the host exits); then one
 * request, {@link HostProtocol.Validate} (answered by the malformed lines and a
 * {@link HostProtocol.Done}) or {@link HostProtocol.Context} (answered by a
 * {@link HostProtocol.StateContext}).
 *
 * <p>Arguments: {@code SPEC.tla CONFIG.cfg}; none for a host started ahead of knowing them, which
 * reads them first as a {@link HostProtocol.Load} (and exits when its input ends before).
 */
public final class EvaluatorHost {

    private EvaluatorHost() {
    }

    public static void main(String[] args) throws Exception {
        Writer out = protocolOut();
        // Jackson's data binding takes about 85 ms to set up: on another core while the spec loads
        FutureTask<ObjectMapper> binding = new FutureTask<>(EvaluatorHost::boundMapper);
        Thread warming = new Thread(binding, "lockstep-host-json");
        warming.setDaemon(true);
        warming.start();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String[] files = args;
        if (files.length < 2) {
            // started ahead: the spec and its configuration come as the first request
            String first = in.readLine();
            if (first == null) {
                return;   // not needed after all
            }
            HostProtocol.Load load = HostProtocol.Load.read(first);
            files = new String[] {load.spec(), load.config()};
        }
        Path spec = Path.of(files[0]).toAbsolutePath();
        Path cfg = Path.of(files[1]).toAbsolutePath();
        StepChecker checker = loadOrReport(out, binding, () -> load(spec, cfg));
        ObjectMapper mapper = mapper(binding);
        if (checker == null) {
            return;
        }
        // One full collection now moves what loading the spec left alive (TLC's module tree, the
        // model's values: a few MB) into the old generation. Without it that data is tenured after
        // 15 young collections, i.e. in long logs but not in short ones, and the resident size
        // then differs by its size; with it, the young generation holds only per-event garbage.
        System.gc();
        HostProtocol.send(out, mapper, checker.describe(new ArrayList<>(modelValues())));

        String line = in.readLine();
        if (line == null) {
            return;
        }
        HostProtocol.Request req = mapper.readValue(line, HostProtocol.Request.class);
        if (req instanceof HostProtocol.Mapped m) {
            checker = null; // the spec was loaded to describe it; the search loads the module generated from it
            MappedSearch.search(out, mapper, m);
            return;
        }
        if (req instanceof HostProtocol.Context c) {
            context(checker, mapper, out, Path.of(c.log()));
            return;
        }
        HostProtocol.Validate v = (HostProtocol.Validate) req;
        List<Path> logs = new ArrayList<>();
        v.logs().forEach(p -> logs.add(Path.of(p)));
        Mapping mapping = null;
        if (v.mapping() != null) {
            try {
                mapping = Mapping.load(Path.of(v.mapping()));
            } catch (Mapping.MappingException e) {
                HostProtocol.send(out, mapper, new HostProtocol.LoadError(HostProtocol.LoadErrorKind.MAPPING,
                        e.getMessage(), ""));
                return;
            }
        }
        validate(checker, mapper, out, logs, new Problems(v.keepGoing()), v.maxLine(), mapping, v.workers(),
                v.stepCache());
        out.flush();
    }

    /**
     * Answers the actions enabled in the full state on the log's first line and, when a second line
     * follows, why that line's step from the first line's state does not conform (null when it does).
     */
    private static void context(StepChecker checker, ObjectMapper mapper, Writer out, Path log) throws IOException {
        NativeLogReader r = NativeLogReader.open(log, mapper, new Problems(false), NativeLogReader.DEFAULT_MAX_LINE, null);
        LogEvent e = r == null ? null : r.next();
        LogEvent next = e == null ? null : r.next();
        if (r != null) {
            r.close();
        }
        List<String> enabled = e == null ? List.of() : checker.enabledIn(e.state());
        HostProtocol.Failure fail = null;
        if (next != null && checker.startAt(e.state())) {
            fail = checker.step(next.action(), next.params(), next.state());
        }
        HostProtocol.send(out, mapper, new HostProtocol.StateContext(enabled, fail));
    }

    private static void validate(StepChecker checker, ObjectMapper mapper, Writer out, List<Path> logs,
                                 Problems problems, int maxLine, Mapping mapping, int workers, boolean stepCache)
            throws Exception {
        String uncached = checker.cacheSteps(stepCache);   // why not, or null: stats say only whether
        List<StepChecker> checkers = new ArrayList<>(List.of(checker));
        while (checkers.size() < workers) {
            checkers.add(checker.another());
        }
        Map<String, Long> taken = new java.util.concurrent.ConcurrentHashMap<>();
        List<HostProtocol.Trace> traces = TraceRunner.run(checkers, mapper, logs, problems, maxLine, mapping,
                !checker.actionNames().contains("Init"), taken);
        HostProtocol.sendProblems(out, mapper, problems.all());
        long conformed = 0;
        HostProtocol.Failure fail = null;
        for (HostProtocol.Trace t : traces) {
            conformed += t.events();
            fail = fail == null ? t.fail() : fail;
        }
        Map<String, Long> stats = new java.util.LinkedHashMap<>();
        long[] cached = {0, 0};
        for (StepChecker c : checkers) {
            long[] n = c.cacheCounts();
            if (n != null) {
                cached[0] += n[0];
                cached[1] += n[1];
            }
        }
        stats.put("stepCacheOn", uncached == null ? 1L : 0L);
        stats.put("stepCacheHits", cached[0]);
        stats.put("stepCacheMisses", cached[1]);
        for (String action : checker.actionNames()) {
            stats.put(dev.lockstep.validator.ValidationResult.TAKEN_PREFIX + action, taken.getOrDefault(action, 0L));
        }
        HostProtocol.send(out, mapper, new HostProtocol.Done(conformed, fail, stats, traces));
        // measured once the verdict is on its way: the CLI reads it meanwhile
        HostProtocol.send(out, mapper, new HostProtocol.Memory(memoryStats()));
    }

    /**
     * The host's heap: the peak of the old generation (what survived young collections: if the
     * engine kept something per event, this grows with the log) and the heap in use after a full
     * collection at the end.
     */
    private static Map<String, Long> memoryStats() {
        long oldPeak = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            String n = pool.getName();
            if (pool.getType() == java.lang.management.MemoryType.HEAP && (n.contains("Old") || n.contains("Tenured"))) {
                oldPeak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return Map.of("hostOldGenPeakBytes", oldPeak, "hostHeapAfterGcBytes", rt.totalMemory() - rt.freeMemory());
    }

    private static StepChecker load(Path spec, Path cfg) {
        FastTool tool = tool(spec, cfg);
        java.util.Optional<Assumptions.Falsified> f = Assumptions.firstFalse(tool);
        if (f.isPresent()) {
            throw new FalseAssumption(f.get());
        }
        return new StepChecker(tool, modelValues(), new SpecSource(spec.getParent()));
    }

    /** The model's ASSUME does not hold: TLC refuses the model (exit 10), and so does validate. */
    private static final class FalseAssumption extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FalseAssumption(Assumptions.Falsified f) {
            super(f.message() + (f.line() > 0 && f.file() != null ? " (line " + f.line() + ", col " + f.column()
                    + " of module " + Path.of(f.file()).getFileName().toString().replaceFirst("\\.tla$", "") + ")" : ""));
        }
    }

    /** The model values of the loaded configuration, in TLC's order. */
    private static Set<String> modelValues() {
        Set<String> names = new LinkedHashSet<>();
        if (ModelValue.mvs != null) {
            for (ModelValue mv : ModelValue.mvs) {
                names.add(mv.val.toString());
            }
        }
        return names;
    }

    /**
     * Loads a module for a search ({@link TraceSearch}, {@link MappedSearch}) and answers a bare
     * {@link HostProtocol.Ready}, or the {@link HostProtocol.LoadError} and null; TLC's fingerprints
     * get their irreducible polynomial (TLC's main chooses it; fixed here so runs are repeatable).
     */
    static Tool loadSearch(Writer out, ObjectMapper mapper, Path module, Path cfg) throws IOException {
        // TLC and SANY keep a loaded module's layout in static state: every interned name's slot
        // (variable index, definition index) and SANY's global context of built-in operators. A
        // second module loaded in this JVM (the mapped search after the spec's description) starts
        // from none; the first module's tool is not used again.
        util.UniqueString.internTbl.toMap().values().forEach(u -> u.setLoc(-1));
        tla2sany.semantic.Context.reInit();
        Tool tool = loadOrReport(out, mapper, () -> tool(module, cfg));
        if (tool != null) {
            HostProtocol.send(out, mapper, HostProtocol.Ready.bare());
            FP64.Init(0);
        }
        return tool;
    }

    /** TLC's tool for {@code spec} under {@code cfg} (both absolute); throws as TLC does on bad input. */
    static FastTool tool(Path spec, Path cfg) {
        return TlcModel.load(spec, cfg);
    }

    /** The protocol's channel: this process's real standard output, whatever {@code System.out} becomes. */
    static Writer protocolOut() {
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        return new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
    }

    /** A mapper whose data binding has read and written the protocol's requests and answers once. */
    private static ObjectMapper boundMapper() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        mapper.readValue(mapper.writeValueAsString(new HostProtocol.Validate(List.of(), false, 1, null, 1, true)),
                HostProtocol.Request.class);
        mapper.writeValueAsString(HostProtocol.Ready.bare());
        return mapper;
    }

    private static ObjectMapper mapper(Future<ObjectMapper> binding) throws IOException {
        try {
            return binding.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while setting up JSON", e);
        } catch (ExecutionException e) {
            throw new IOException("could not set up JSON", e.getCause());
        }
    }

    /**
     * Loads a spec with TLC's console output held back ({@link TlcConsole}). A failure is sent as one
     * error message ({@code config}, {@code assumption} or {@code spec}, with that output) and gives
     * {@code null}. Afterwards {@code System.out} is standard error, so TLC's prints never mix with
     * the protocol.
     */
    static <T> T loadOrReport(Writer out, ObjectMapper mapper, Supplier<T> loader) throws IOException {
        return loadOrReport(out, CompletableFuture.completedFuture(mapper), loader);
    }

    /** As above, with the mapper still being set up ({@code binding}). */
    private static <T> T loadOrReport(Writer out, Future<ObjectMapper> binding, Supplier<T> loader)
            throws IOException {
        return TlcConsole.held(loader::get, (e, tlcOutput) -> {
            HostProtocol.send(out, mapper(binding), loadError(e, tlcOutput));
            return null;
        });
    }

    private static HostProtocol.LoadError loadError(Throwable e, String tlcOutput) {
        if (e instanceof ConfigFileException) {
            return new HostProtocol.LoadError(HostProtocol.LoadErrorKind.CONFIG, e.getMessage(), tlcOutput);
        }
        if (e instanceof FalseAssumption) {
            return new HostProtocol.LoadError(HostProtocol.LoadErrorKind.ASSUMPTION, e.getMessage(), tlcOutput);
        }
        String m = String.valueOf(e.getMessage());
        boolean config = m.contains("configuration file") || m.contains("not assigned a value") || m.contains(".cfg");
        return new HostProtocol.LoadError(config ? HostProtocol.LoadErrorKind.CONFIG : HostProtocol.LoadErrorKind.SPEC, m, tlcOutput);
    }
}
