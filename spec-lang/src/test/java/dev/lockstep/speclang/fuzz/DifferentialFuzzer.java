package dev.lockstep.speclang.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The differential fuzzer: generated and mutated TLA+ modules and PlusCal algorithms
 * ({@link CaseGenerator}) go to SANY and the PlusCal translator in warm child JVMs
 * ({@link ReferenceClient}: one per processor, each judging a slice of every batch of 40) and to
 * spec-lang in this JVM, at the same time; a case whose files were met before is not judged again;
 * the verdicts are compared ({@link Disagreement}); each disagreement of a new kind is minimised ({@link Minimizer}) and, with {@code --out}, written as a folder of modules that
 * {@code --record} turns into a differential corpus case.
 *
 * <pre>
 *   DifferentialFuzzer [--seed N] [--cases N] [--family F] [--jobs N] [--work DIR] [--out DIR] [--list FILE]
 *   DifferentialFuzzer [--seed N] --show N...      print cases N... of the seed, with both verdicts
 *   DifferentialFuzzer --record DIR...   judge every .tla file of each DIR with the reference tools
 *                                        and write DIR/verdicts.txt
 * </pre>
 * Prints cases per second and the disagreement count; exits 1 when there is a disagreement.
 */
public final class DifferentialFuzzer {
    private static final int BATCH = 40;
    private static final int MINIMISED_PER_RUN = 12;
    /** How many distinct cases' verdicts a run remembers, to skip judging a repeat (the latest used). */
    private static final int REMEMBERED = 20_000;

    /** Both verdicts on one case. */
    private record Judged(ReferenceTools.Verdict reference, SpecLangJudge.Verdict specLang) {
    }

    /** A case no verdict of the reference tools came back for, and why. */
    record Unjudged(long index, String family, String why) {
    }

    /** One disagreement: the case (minimised when it was of a new kind) and what differed. */
    record Finding(long index, CaseGenerator.FuzzCase fuzzCase, Disagreement disagreement) {
    }

    /**
     * Where a run's time went (ns): generating and writing cases, spec-lang, waiting for the
     * reference child once spec-lang was done, minimising, and the child's own time on cases without
     * and with an algorithm (it runs while spec-lang does).
     */
    static final class Profile {
        long generate;
        long specLang;
        long waitReference;
        long minimise;
        long childSany;
        long childPcal;
        long cpu;
        long childCpu;

        @Override
        public String toString() {
            return String.format("generate %.1f s, spec-lang %.1f s, waiting for the reference child %.1f s, minimising %.1f s;"
                    + " the child: SANY %.1f s, pcal.trans and SANY %.1f s; CPU: fuzzer %.1f s, child %.1f s", generate / 1e9,
                    specLang / 1e9, waitReference / 1e9, minimise / 1e9, childSany / 1e9, childPcal / 1e9, cpu / 1e9,
                    childCpu / 1e9);
        }
    }

    /** The outcome of a run. */
    record Result(long seed, long cases, long distinct, List<Unjudged> unjudged, double seconds, List<Finding> findings, Map<String, Long> families,
                  int restarts, Profile profile) {
        double casesPerSecond() {
            return cases / Math.max(seconds, 1e-9);
        }

        /**
         * A header, one comment line per unjudged case ({@code # unjudged case <index>: <family>: <why>}),
         * then one line per disagreement, {@code case <index>: <family>: <kind>}, in case order.
         */
        String listing() {
            StringBuilder sb = new StringBuilder(String.format("# differential fuzzer, seed %d, %d cases: %d disagreements"
                    + " (written by bench/fuzz-parse/run.sh --list; FuzzSampleTest pins them)%n", seed, cases, findings.size()));
            unjudged.forEach(u -> sb.append(unjudgedLine(u)).append('\n'));
            findings.forEach(f -> sb.append(line(f)).append('\n'));
            return sb.toString();
        }

        static String unjudgedLine(Unjudged u) {
            return "# unjudged case " + u.index() + ": " + u.family() + ": " + u.why();
        }

        static String line(Finding f) {
            return "case " + f.index() + ": " + f.fuzzCase().family() + ": " + f.disagreement().kind();
        }

        String summary() {
            Map<String, Long> kinds = new TreeMap<>();
            findings.forEach(f -> kinds.merge(f.fuzzCase().family() + ": " + f.disagreement().kind(), 1L, Long::sum));
            return String.format("fuzz-parse: seed %d: %d cases (%d distinct) in %.1f s (%.1f cases/s), %d disagreements,"
                    + " %d unjudged, %d reference restarts; families %s; disagreements by kind %s%ntime: %s", seed, cases,
                    distinct, seconds, casesPerSecond(), findings.size(), unjudged.size(), restarts, families, kinds, profile);
        }
    }

    private DifferentialFuzzer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--record")) {
            for (int i = 1; i < args.length; i++) {
                Map<String, ReferenceTools.Verdict> v = RecordedVerdicts.record(Path.of(args[i]));
                System.out.println(args[i] + ": " + v.size() + " verdicts recorded");
            }
            return;
        }
        long seed = 1;
        long cases = 5000;
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "fuzz-parse");
        Path out = null;
        Path list = null;
        String family = null;
        int jobs = defaultJobs();
        List<Long> show = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--cases" -> cases = Long.parseLong(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--list" -> list = Path.of(args[++i]);
                case "--family" -> family = args[++i];
                case "--jobs" -> jobs = Integer.parseInt(args[++i]);
                case "--show" -> {
                    while (i + 1 < args.length && args[i + 1].matches("\\d+")) {
                        show.add(Long.parseLong(args[++i]));
                    }
                }
                default -> {
                    System.err.println("usage: DifferentialFuzzer [--seed N] [--cases N] [--family F] [--jobs N] [--work DIR] [--out DIR] [--list FILE]"
                            + " | [--seed N] --show N... | --record DIR...");
                    System.exit(2);
                }
            }
        }
        if (!show.isEmpty()) {
            show(seed, show, work);
            return;
        }
        Result r = run(seed, cases, family, work, out, true, jobs, System.out);
        System.out.println(r.summary());
        if (list != null) {
            Files.writeString(list, r.listing());
        }
        System.exit(r.findings().isEmpty() ? 0 : 1);
    }

    static Result run(long seed, long count, Path work, Path out, boolean minimise, PrintStream log) throws IOException {
        return run(seed, count, null, work, out, minimise, defaultJobs(), log);
    }

    /** Prints each case {@code indices} of {@code seed}: its files, the reference verdict and spec-lang's. */
    private static void show(long seed, List<Long> indices, Path work) throws IOException {
        CaseGenerator gen = new CaseGenerator(seed);
        try (ReferenceClient ref = new ReferenceClient(work, 120)) {
            for (long index : indices) {
                CaseGenerator.FuzzCase c = gen.generate(index);
                ReferenceTools.Verdict v = judgeOne(ref, work, c);
                SpecLangJudge.Verdict mine = SpecLangJudge.judge(specLangRoot(work.resolve("m0"), c));
                System.out.println("==== case " + index + " (" + c.family() + "): "
                        + Disagreement.between(v, mine).map(Disagreement::kind).orElse("agree"));
                c.files().forEach((name, text) -> System.out.println("--- " + name + "\n" + numbered(text)));
                if (c.inUnicode()) {
                    System.out.println("--- " + CaseGenerator.FuzzCase.ROOT + " as spec-lang reads it\n" + numbered(c.specLangFiles()
                            .get(CaseGenerator.FuzzCase.ROOT)));
                }
                System.out.println("reference: " + (v.accepted() ? "accepted" : "rejected by " + v.rejectedBy() + " at line "
                        + v.errorLine()) + (v.warnings() ? ", with warnings" : "") + "\n" + v.output().strip());
                System.out.println("spec-lang: " + (mine.accepted() ? "accepted" : "first error at line " + mine.errorLine())
                        + "\n" + mine.diagnostics());
            }
        }
    }

    private static String numbered(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            sb.append(String.format("%3d  %s%n", i + 1, lines[i]));
        }
        return sb.toString();
    }

    /** One reference child per processor, at most four: each judges a slice of every batch. */
    static int defaultJobs() {
        return Math.min(4, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs cases 0..count-1 of {@code seed} with {@code jobs} reference children; with {@code family}, only those of
     * that family (mutants included).
     */
    static Result run(long seed, long count, String family, Path work, Path out, boolean minimise, int jobs, PrintStream log)
            throws IOException {
        CaseGenerator gen = new CaseGenerator(seed);
        List<Finding> findings = new ArrayList<>();
        Map<String, Long> families = new TreeMap<>();
        Map<String, Boolean> minimisedKinds = new LinkedHashMap<>();
        List<Unjudged> unjudged = new ArrayList<>();
        long distinct = 0;
        Map<List<Map<String, String>>, Judged> judged = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Map<String, String>>, Judged> eldest) {
                return size() > REMEMBERED;
            }
        };
        Profile profile = new Profile();
        long cpu0 = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (ReferenceClient ref = new ReferenceClient(work, 120, jobs)) {
            for (long first = 0; first < count; first += BATCH) {
                int n = (int) Math.min(BATCH, count - first);
                long t0 = System.nanoTime();
                List<CaseGenerator.FuzzCase> batch = new ArrayList<>();
                List<Long> indices = new ArrayList<>();
                // a case met before (same files) is not judged again: both sides are functions of the files
                Map<List<Map<String, String>>, Integer> fresh = new LinkedHashMap<>();
                // the verdicts of the batch's repeats, taken now: judging the fresh ones may push them out of `judged`
                List<Judged> known = new ArrayList<>();
                List<ReferenceTools.Case> requests = new ArrayList<>();
                List<Path> specLangRoots = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    CaseGenerator.FuzzCase c = gen.generate(first + i);
                    if (family != null && !c.family().replace("-mutant", "").equals(family)) {
                        continue;
                    }
                    batch.add(c);
                    indices.add(first + i);
                    families.merge(c.family(), 1L, Long::sum);
                    known.add(judged.get(c.key()));
                    if (known.get(known.size() - 1) == null && !fresh.containsKey(c.key())) {
                        fresh.put(c.key(), requests.size());
                        Path dir = work.resolve("b" + requests.size());
                        requests.add(write(dir, c));
                        specLangRoots.add(specLangRoot(dir, c));
                    }
                }
                if (batch.isEmpty()) {
                    continue;
                }
                long t1 = System.nanoTime();
                profile.generate += t1 - t0;
                String[] failure = new String[1];
                CompletableFuture<List<ReferenceTools.Verdict>> answers = CompletableFuture.supplyAsync(() -> {
                    try {
                        List<ReferenceTools.Verdict> v = requests.isEmpty() ? List.of() : ref.judge(requests);
                        failure[0] = ref.lastFailure;
                        return v;
                    } catch (IOException e) {
                        failure[0] = "the reference child could not be reached (" + e + ")";
                        return null;
                    }
                }, pool);
                List<SpecLangJudge.Verdict> mine = new ArrayList<>();
                for (Path root : specLangRoots) {
                    mine.add(SpecLangJudge.judge(root));
                }
                long t2 = System.nanoTime();
                profile.specLang += t2 - t1;
                List<ReferenceTools.Verdict> verdicts = answers.join();
                long t3 = System.nanoTime();
                profile.waitReference += t3 - t2;
                if (verdicts != null) {
                    fresh.forEach((files, i) -> judged.put(files, new Judged(verdicts.get(i), mine.get(i))));
                    distinct += fresh.size();
                }
                for (int i = 0; i < batch.size(); i++) {
                    Integer f = fresh.get(batch.get(i).key());
                    Judged j = known.get(i) != null ? known.get(i)
                            : verdicts != null && f != null ? new Judged(verdicts.get(f), mine.get(f)) : null;
                    if (j == null) {
                        Unjudged u = new Unjudged(indices.get(i), batch.get(i).family(),
                                failure[0] != null ? failure[0] : "the reference tools gave no verdict");
                        unjudged.add(u);
                        log.println(Result.unjudgedLine(u));
                        continue;
                    }
                    Optional<Disagreement> d = Disagreement.between(j.reference(), j.specLang());
                    if (d.isPresent()) {
                        CaseGenerator.FuzzCase c = batch.get(i);
                        Disagreement found = d.get();
                        String kind = c.family() + ": " + d.get().kind();
                        if (minimise && !minimisedKinds.containsKey(kind) && minimisedKinds.size() < MINIMISED_PER_RUN) {
                            minimisedKinds.put(kind, true);
                            long m0 = System.nanoTime();
                            c = minimise(c, d.get().kind(), ref, work);
                            d = Disagreement.between(judgeOne(ref, work, c), SpecLangJudge.judge(specLangRoot(work.resolve("m0"), c)));
                            profile.minimise += System.nanoTime() - m0;
                            if (out != null) {
                                writeFinding(out, seed, indices.get(i), c);
                            }
                            log.println("disagreement at case " + indices.get(i) + " (" + kind + "), minimised:\n" + c.root()
                                    + (c.inUnicode() ? "\nas spec-lang reads it:\n" + c.specLangFiles().get(CaseGenerator.FuzzCase.ROOT) : "")
                                    + d.map(x -> "\n" + x.detail()).orElse(""));
                        }
                        findings.add(new Finding(indices.get(i), c, found));
                    }
                }
                if ((first + n) % 1000 < BATCH && first + n >= 1000) {
                    double s = (System.nanoTime() - start) / 1e9;
                    log.printf("%d cases, %.1f cases/s, %d disagreements%n", first + n, (first + n) / s, findings.size());
                }
            }
            long all = families.values().stream().mapToLong(Long::longValue).sum();
            profile.childSany = ref.sanyNanos;
            profile.childPcal = ref.pcalNanos;
            ref.close();
            profile.childCpu = ref.childCpuNanos;
            profile.cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() - cpu0;
            return new Result(seed, all, distinct, unjudged, (System.nanoTime() - start) / 1e9, findings, families, ref.restarts, profile);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Writes the case's files to {@code dir} for the reference tools; a Unicode case's files as
     * spec-lang reads them go to the sibling {@code dir-unicode}.
     */
    private static ReferenceTools.Case write(Path dir, CaseGenerator.FuzzCase c) throws IOException {
        writeFiles(dir, c.files());
        if (c.inUnicode()) {
            writeFiles(unicodeDir(dir), c.specLangFiles());
        }
        return new ReferenceTools.Case(dir.toAbsolutePath().toString(), CaseGenerator.FuzzCase.ROOT, c.pluscal());
    }

    private static Path unicodeDir(Path dir) {
        return dir.resolveSibling(dir.getFileName() + "-unicode");
    }

    /** The root file spec-lang judges for a case written to {@code dir}. */
    private static Path specLangRoot(Path dir, CaseGenerator.FuzzCase c) {
        return (c.inUnicode() ? unicodeDir(dir) : dir).resolve(CaseGenerator.FuzzCase.ROOT);
    }

    private static void writeFiles(Path dir, Map<String, String> files) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        Files.createDirectories(dir);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue());
        }
    }

    private static ReferenceTools.Verdict judgeOne(ReferenceClient ref, Path work, CaseGenerator.FuzzCase c) throws IOException {
        List<ReferenceTools.Verdict> v = ref.judge(List.of(write(work.resolve("m0"), c)));
        return v == null ? new ReferenceTools.Verdict(false, 0, false, ReferenceTools.Tool.SANY, "(no answer)") : v.get(0);
    }

    private static CaseGenerator.FuzzCase minimise(CaseGenerator.FuzzCase c, String kind, ReferenceClient ref, Path work)
            throws IOException {
        Minimizer m = new Minimizer(candidates -> {
            List<ReferenceTools.Case> requests = new ArrayList<>();
            List<Path> roots = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                CaseGenerator.FuzzCase candidate = withText(c, candidates.get(i));
                requests.add(write(work.resolve("m" + i), candidate));
                roots.add(specLangRoot(work.resolve("m" + i), candidate));
            }
            List<ReferenceTools.Verdict> verdicts = ref.judge(requests);
            List<Boolean> out = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                out.add(verdicts != null && Disagreement.between(verdicts.get(i), SpecLangJudge.judge(roots.get(i)))
                        .map(d -> d.kind().equals(kind)).orElse(false));
            }
            return out;
        });
        return withText(c, m.minimize(c.root()));
    }

    private static CaseGenerator.FuzzCase withText(CaseGenerator.FuzzCase c, String text) {
        return new CaseGenerator.FuzzCase(c.family(), c.files(), CaseGenerator.hasAlgorithm(text), c.unicode()).withRoot(text);
    }

    private static void writeFinding(Path out, long seed, long index, CaseGenerator.FuzzCase c) throws IOException {
        Path dir = out.resolve(c.family() + "-s" + seed + "-" + index);
        write(dir, c);
    }
}
