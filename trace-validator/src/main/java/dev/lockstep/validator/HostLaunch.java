package dev.lockstep.validator;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.library.ModuleLibrary;
import dev.lockstep.bridge.process.ChildJvm;
import dev.lockstep.validator.host.HostProtocol;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How to start the evaluator host (a {@link ChildJvm}): the classpath (the TLA+ tools first, so a
 * user's {@code --tla2tools} jar wins, then Lockstep's own classes and their libraries), JVM
 * options, the work directory TLC may write into (its temp files; never the spec folder), and the
 * folder for the host's class archive ({@link ClassArchive}), null for none.
 */
public record HostLaunch(Path javaExecutable, List<Path> classpath, List<String> jvmOptions, Path workDir,
                         Path classArchives) {
    /**
     * The system property naming the folder for class archives. The launcher {@code ./lockstep}
     * sets it to the folder of Lockstep's jar for {@code validate}; embedders (the Maven plugin,
     * the JUnit extension) and tests run without.
     */
    public static final String CLASS_ARCHIVES = "lockstep.classArchives";
    /** The evaluator host's main class. */
    public static final String MAIN = "dev.lockstep.validator.host.EvaluatorHost";
    /** The depth-first trace search's main class. */
    public static final String SEARCH_MAIN = "dev.lockstep.validator.host.TraceSearch";

    public HostLaunch {
        classpath = List.copyOf(classpath);
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** The same launch with TLC's scratch files in {@code dir}. */
    public HostLaunch withWorkDir(Path dir) {
        return new HostLaunch(javaExecutable, classpath, jvmOptions, dir, classArchives);
    }

    /** The classpath for {@code tools} plus wherever Lockstep's classes and their libraries come from. */
    public static HostLaunch forTools(Tla2Tools tools, Path workDir) {
        Set<Path> cp = new LinkedHashSet<>();
        cp.add(tools.classpath());
        for (Class<?> c : List.of(dev.lockstep.validator.host.EvaluatorHost.class,
                dev.lockstep.speclang.diag.Diagnostic.class,
                dev.lockstep.bridge.Tla2Tools.class,
                com.fasterxml.jackson.databind.ObjectMapper.class,
                com.fasterxml.jackson.core.JsonFactory.class,
                com.fasterxml.jackson.annotation.JsonAutoDetect.class,
                com.fasterxml.jackson.dataformat.yaml.YAMLFactory.class,
                org.yaml.snakeyaml.Yaml.class,
                org.jgrapht.Graph.class,
                org.jheaps.AddressableHeap.class)) {
            cp.add(codeSource(c));
        }
        String archives = System.getProperty(CLASS_ARCHIVES);
        return new HostLaunch(ChildJvm.currentJava(), new ArrayList<>(cp), defaultOptions(), workDir,
                archives == null || archives.isBlank() ? null : Path.of(archives));
    }

    /**
     * This launch with the module search path of {@code library} for a spec in {@code specDir}: the
     * spec's folder, the user's library folders, then Lockstep's library (in the work directory:
     * {@link #libraryDir}, which the caller writes before a host loads a spec; a host may start
     * before), and Lockstep's Java overrides for the library modules no user module shadows.
     */
    public HostLaunch withLibrary(ModuleLibrary library, Path specDir) {
        List<String> opts = new ArrayList<>(jvmOptions);
        opts.addAll(library.options(specDir, libraryDir()));
        return new HostLaunch(javaExecutable, classpath, opts, workDir, classArchives);
    }

    /** Where {@link #withLibrary} has hosts look for Lockstep's library modules. */
    Path libraryDir() {
        return workDir.resolve("library");
    }

    /** A launch from a classpath string such as {@code java.class.path} (tests, benchmarks). */
    public static HostLaunch fromClasspath(String classpath, Path workDir) {
        List<Path> cp = new ArrayList<>();
        for (String s : classpath.split(File.pathSeparator)) {
            if (!s.isEmpty()) {
                cp.add(Path.of(s));
            }
        }
        return new HostLaunch(ChildJvm.currentJava(), cp, defaultOptions(), workDir, null);
    }

    /**
     * The host's JVM options. The direct engine keeps nothing per event (a bounded queue between
     * reader and checker; live data is the loaded spec and the current state, about 5 MB for the
     * benchmark spec after 100,000 as after 1,000,000 events), so almost all of the heap the host
     * touches is the young generation it allocates each event's garbage in. Its size is therefore
     * fixed ({@code -Xmn64m}): ParallelGC's adaptive policy otherwise grows eden over a long run
     * (192 to 246 MB in a million-event run), which made the resident size grow with the log's
     * length (285 vs 335 MB) although the live data did not. The adaptive policy stays on for the
     * old generation: switched off ({@code -XX:-UseAdaptiveSizePolicy}, until session 15) it kept
     * the old generation at its initial 64 MB, and a log whose runs' outcomes outgrew that (a
     * million lines in 200,000 runs of five: 114 MB live) spent minutes in back-to-back full
     * collections (875 in 40 s) where it now takes 7 s; specs/RaftLog's million-line log peaks at
     * 169-171 against 161-164 MB with it (session 15). With a fixed 64 MB young
     * generation (and one full collection after loading, which moves the spec's data into the old
     * generation at once: {@link dev.lockstep.validator.host.EvaluatorHost}) the host peaks at 138
     * vs 141 MB RSS and spends less CPU (young collections cost in proportion to live data, which
     * is small). {@code -Xmx2g} only caps the old generation, which
     * holds the spec and the current state; {@code -Xss64m} lets TLC's recursive evaluator take deep
     * values.
     *
     * <p>{@code -Xms128m} starts the old generation at 64 MB. The mapped search keeps values for
     * longer than a young collection's reach (a node's log sequence lives until that node's next
     * append), so young collections tenure values that die soon after; the old generation then
     * fills with garbage and is only collected when it is full. Its initial size is Java's default
     * heap otherwise (1/64 of the machine's memory: 384 MB here, so the peak RSS depended on the
     * machine): measured on the million-event per-node Raft logs, the host alone peaked at 500 MB
     * RSS with it (15 full collections, each from about 360 MB down to the 15-19 MB that were live)
     * and at 274 MB with {@code -Xms128m} (58 full collections down to 12 MB, 97.2 against 98.6 CPU
     * s in all). The direct engine tenures nothing per event and is unaffected. See
     * docs/performance.md, {@code ## validate}.
     *
     * <p>A smaller young generation for the mapped search was measured and not taken (session 11,
     * host alone on the million-event per-node Raft logs, interleaved): {@code -Xmn32m} leaves
     * about 30 MB less resident (131-134 against 162-163 MB; 104-119 against 130-133 MB at 100,000
     * events) but took 38.3 and 56.1 CPU s against 34.8 and 34.0, twice as many young collections.
     */
    static List<String> defaultOptions() {
        List<String> opts = new ArrayList<>(List.of("-Xss64m", "-Xms128m", "-Xmx2g", "-XX:+UseParallelGC", "-Xmn64m",
                "-XX:-UsePerfData"));
        opts.addAll(nativeHeapTrim(Runtime.version(), System.getProperty("os.name", "")));
        return List.copyOf(opts);
    }

    /**
     * Options that return the C heap's free memory to the system once a second (glibc's
     * {@code malloc_trim}), for a host started by a JVM of {@code version} on {@code os}; none
     * where the switch is not a product option (before 17.0.11, 21.0.3 and 22.0.1; never in 18-20)
     * or not implemented (it trims glibc's heap only, so Linux alone). The optimizing compiler
     * (C2, above {@link #QUICK_COMPILER_MAX_LINES} lines) works in arenas of C heap that glibc keeps
     * after each compilation: on the million-event per-node Raft logs 25-40 MB of the host's resident
     * size (docs/performance.md, validate: per-node logs, session 11), with no measurable CPU cost
     * for trimming. {@code -Xlog:trimnative=off}: a platform whose C library cannot trim logs a
     * warning to standard output, which is the host's protocol.
     */
    static List<String> nativeHeapTrim(Runtime.Version version, String os) {
        int feature = version.feature();
        int update = version.version().size() > 2 ? version.version().get(2) : 0;
        boolean product = feature >= 23 || feature == 22 && update >= 1 || feature == 21 && update >= 3
                || feature == 17 && update >= 11;
        return product && os.startsWith("Linux")
                ? List.of("-XX:TrimNativeHeapInterval=" + TRIM_INTERVAL_MILLIS, "-Xlog:trimnative=off") : List.of();
    }

    /** How often the host returns free C heap to the system ({@link #nativeHeapTrim}). */
    static final int TRIM_INTERVAL_MILLIS = 1000;

    /**
     * The evaluator host for {@code spec} under {@code config}, started, for logs of about
     * {@code lines} lines in all ({@link #estimatedLines}; 0 when it checks no log); up to
     * {@link #QUICK_COMPILER_MAX_LINES} lines with Java's quick compiler only
     * ({@code -XX:TieredStopAtLevel=1}). On such logs compiling TLC's interpreter with the
     * optimizing compiler (C2) costs more CPU than its code saves; on longer ones its code pays off.
     * Measured (docs/performance.md, validate), the whole host, user+sys: direct engine on
     * specs/RaftLog's full-state logs, 200,000 events 11.1-13.0 CPU s with the quick compiler only
     * against 18.2-20.3 with both, 1,000,000 events 43.4 against 31.8; mapped engine on the per-node
     * Raft logs, 93,651 steps 10.5 against 18.5 and 281,003 steps 35.7-37.7 against 30.9-31.6. When
     * a folder for class archives is set ({@link #CLASS_ARCHIVES}), the host maps (or, the first
     * time, writes) one ({@link ClassArchive}); the search engine's children, which may be ended
     * mid-search, do not.
     */
    HostProcess host(Path spec, Path config, long lines) throws IOException {
        return host(lines, List.of(spec.toAbsolutePath().toString(), config.toAbsolutePath().toString()));
    }

    /**
     * The evaluator host for logs of about {@code lines} lines, started before the spec it loads is
     * known: it starts its JVM while the caller writes the library, copies the spec and reads the
     * configuration (the spawn came 0.06 s earlier in the command on this machine: docs/performance.md,
     * validate, session 15), then loads what {@link Ahead#take} sends it.
     */
    Ahead ahead(long lines) throws IOException {
        return new Ahead(host(lines, List.of()));
    }

    private HostProcess host(long lines, List<String> args) throws IOException {
        List<String> opts = new ArrayList<>(jvmOptions);
        opts.addAll(compilerOptions(lines, HostLaunch::knowsVmOption));
        ClassArchive archive = classArchives == null ? null : ClassArchive.of(classArchives, javaExecutable, classpath, MAIN);
        if (archive != null) {
            opts.addAll(archive.options());
        }
        return start(MAIN, opts, args, archive);
    }

    /**
     * An evaluator host started ahead ({@link #ahead}): taken once, by the engine that loads a spec
     * in it, or ended unused when closed.
     */
    static final class Ahead implements AutoCloseable {
        private HostProcess host;

        private Ahead(HostProcess host) {
            this.host = host;
        }

        /** The host, loading {@code spec} under {@code config}; null once taken. */
        HostProcess take(ObjectMapper mapper, Path spec, Path config) throws IOException {
            HostProcess h = host;
            host = null;
            if (h != null) {
                try {
                    h.send(mapper.writeValueAsString(new HostProtocol.Load(
                            spec.toAbsolutePath().toString(), config.toAbsolutePath().toString())));
                } catch (IOException e) {
                    h.close();
                    throw e;
                }
            }
            return h;
        }

        /** Ends the host unless an engine took it (keeping no class archive of it: {@link HostProcess#abandon}). */
        @Override
        public void close() {
            if (host != null) {
                host.abandon();
                host = null;
            }
        }
    }

    /** Logs of up to this many lines in all are checked with the quick compiler only ({@link #host}). */
    static final long QUICK_COMPILER_MAX_LINES = 250_000;

    /**
     * The host's compiler options for logs of about {@code lines} lines: up to
     * {@link #QUICK_COMPILER_MAX_LINES} the quick compiler only, on one compiler thread (Java gives
     * it two on two cores; one compiled less of what a short run calls only a few hundred times:
     * 20-line log -0.051 +- 0.010 s, 200,000 lines -0.032 +- 0.011 s, docs/performance.md, validate,
     * session 20); above, both compilers, the
     * optimizing one with its inlining and graph bounded ({@link #OPTIMIZING_COMPILER_BOUNDS}) where
     * the JVM has those options ({@code knows}: the host runs the same {@code java} as this JVM, so
     * this JVM's options are the host's; a JVM built without C2 has none of them).
     */
    static List<String> compilerOptions(long lines, java.util.function.Predicate<String> knows) {
        if (lines <= QUICK_COMPILER_MAX_LINES) {
            return List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
        }
        List<String> opts = new ArrayList<>();
        for (String o : OPTIMIZING_COMPILER_BOUNDS) {
            if (knows.test(o.substring("-XX:".length(), o.indexOf('=')))) {
                opts.add(o);
            }
        }
        return List.copyOf(opts);
    }

    /**
     * Bounds on the optimizing compiler's work per method, for hosts that run it (logs above
     * {@link #QUICK_COMPILER_MAX_LINES} lines). C2 builds a method's graph, with everything it
     * inlines, in arenas of C heap: compiling TLC's evaluator ({@code Tool.evalApplImpl},
     * {@code getNextStatesApplSwitch}) and the mapped search's {@code FrontierSearch.bind} with
     * Java's defaults took 22-32 MB each (JDK 25's {@code -XX:CompileCommand=MemStat}; JDK 17, which
     * cannot count them, showed one glibc arena of 25 MB resident at the run's peak), so a
     * million-event run peaked 25 MB above its steady state and above the shorter runs that use the
     * quick compiler only. Inlining only methods of up to 100 bytecodes however hot
     * ({@code FreqInlineSize}, default 325) and no callee already compiled to more than 1,000 bytes
     * ({@code InlineSmallCode}, default 2,500), and giving up on a method whose graph passes 20,000
     * nodes ({@code MaxNodeLimit}, default 80,000: {@code evalApplImpl}, which then stays on the
     * quick compiler's optimized tier), the host's peak RSS on the million-event per-node Raft logs
     * was 146 MB against 164 (means of 3 and 4 runs), and the bounded compiler spent less CPU, not
     * more (whole host 30.1 against 31.8 CPU s on the mapped search; the direct engine on
     * specs/RaftLog's full-state log 13.7-15.0 against 17.3-17.5 CPU s, 148-149 against 168-170 MB):
     * docs/performance.md, validate, session 12.
     */
    static final List<String> OPTIMIZING_COMPILER_BOUNDS =
            List.of("-XX:FreqInlineSize=100", "-XX:InlineSmallCode=1000", "-XX:MaxNodeLimit=20000");

    /** Whether this JVM has the {@code -XX} option {@code name}. */
    static boolean knowsVmOption(String name) {
        try {
            java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .getVMOption(name);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** Lines sampled per log by {@link #estimatedLines}. */
    static final int SAMPLE_LINES = 256;

    /**
     * About how many lines {@code logs} hold: each regular file's size divided by the mean length
     * of its first {@value #SAMPLE_LINES} lines or first MiB, whichever ends first (for a gzip file,
     * compressed bytes read per line in its first MiB). It runs before the host's spawn: counting a
     * whole MiB took 20 ms of a cold JVM, a million-line log's first 256 lines (about 200 KB) 9 in all.
     */
    static long estimatedLines(List<Path> logs) {
        long lines = 0;
        for (Path l : logs) {
            try {
                if (!java.nio.file.Files.isRegularFile(l)) {
                    continue;
                }
                long size = java.nio.file.Files.size(l);
                long[] read = {0};
                boolean gzip = l.toString().endsWith(".gz");
                try (java.io.InputStream file = new java.io.FilterInputStream(java.nio.file.Files.newInputStream(l)) {
                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = super.read(b, off, len);
                        read[0] += Math.max(n, 0);
                        return n;
                    }
                };
                     java.io.InputStream in = gzip ? new java.util.zip.GZIPInputStream(file) : file) {
                    byte[] chunk = new byte[1 << 16];
                    long newlines = 1;
                    long sampled = 0;
                    int n;
                    // a gzip file's compressed bytes are read ahead in blocks: its first MiB, for a
                    // ratio of compressed bytes to lines that those blocks do not skew
                    long most = gzip ? Long.MAX_VALUE : SAMPLE_LINES;
                    while (sampled < 1 << 20 && newlines <= most && (n = in.read(chunk)) > 0) {
                        for (int i = 0; i < n; i++) {
                            newlines += chunk[i] == '\n' ? 1 : 0;
                        }
                        sampled += n;
                    }
                    lines += size * newlines / Math.max(1, read[0]);
                }
            } catch (IOException e) {
                // an unreadable log is reported by its reader; it adds nothing here
            }
        }
        return lines;
    }

    /**
     * The child JVM that searches the generated trace spec {@code traceSpec} depth-first
     * ({@link dev.lockstep.validator.host.TraceSearch}) for a behaviour explaining {@code logLength}
     * lines, started.
     */
    HostProcess search(Path traceSpec, Path traceConfig, long logLength) throws IOException {
        // The direct host's heap sizing (a small fixed young generation, -Xmx2g) suits a loaded spec
        // and one state at a time; the search holds the parsed log (SANY's semantic tree of a
        // 10,000-element sequence: hundreds of MB) and its visited states, and with that sizing spent
        // minutes in full collections. It runs with Java's default heap, as TLC's own run does.
        List<String> opts = new ArrayList<>();
        for (String o : jvmOptions) {
            if (!o.startsWith("-Xmn") && !o.startsWith("-Xms") && !o.startsWith("-Xmx")) {
                opts.add(o);
            }
        }
        return start(SEARCH_MAIN, opts, List.of(traceSpec.toAbsolutePath().toString(),
                traceConfig.toAbsolutePath().toString(), Long.toString(logLength)), null);
    }

    /**
     * Each child gets a temporary folder of its own inside the work directory
     * ({@link ChildJvm#ownTmpdir}): the search engine's runs ({@code --workers}) start several.
     */
    private HostProcess start(String main, List<String> jvmOptions, List<String> args, ClassArchive archive)
            throws IOException {
        List<String> opts = new ArrayList<>(jvmOptions);
        opts.add(ChildJvm.ownTmpdir(workDir));
        return new HostProcess(new ChildJvm(javaExecutable, classpath, main, opts, args, workDir, java.util.Map.of(),
                false).start(), archive);
    }

    private static Path codeSource(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot locate the classes of " + c.getName(), e);
        }
    }
}
