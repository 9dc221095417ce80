import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.SpecParser;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tla2sany.parser.TLAplusParser;

/**
 * Parses every .tla file under the given folders, in one warm JVM, with spec-lang (lexer, parser,
 * AST, PlusCal algorithm) and with SANY's parser (tla2sany.parser.TLAplusParser: its syntax tree,
 * no semantic analysis), alternating rounds with a GC before each pass; prints lines/second for
 * each, the ratio of total times and the median of the per-round ratios. With
 * {@code -Dbaseline=DIR} (and {@code -Dantlr=JAR}), also times the spec-lang classes in DIR (an
 * older build) in the same rounds: on a loaded machine, comparing against a baseline measured in
 * the same run says more than absolute figures.
 * Only ASCII files both parsers accept are timed, so both do the same work.
 */
public class ParseBench {
    public static void main(String[] args) throws Exception {
        int warmup = Integer.getInteger("warmup", 5);
        int rounds = Integer.getInteger("rounds", 10);
        // loads SANY's operator table (precedence, synonyms) into its parser's static state
        tla2sany.drivers.SANY.frontEndInitialize(new tla2sany.modanalyzer.SpecObj("bench", null),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            try (Stream<Path> s = Files.walk(Path.of(a))) {
                s.filter(p -> p.toString().endsWith(".tla")).sorted().forEach(files::add);
            }
        }
        // optional: another build of spec-lang (its classes folder), timed in the same rounds
        String baselineDir = System.getProperty("baseline");
        java.lang.reflect.Method baseline = baselineDir == null ? null : baselineParser(baselineDir);
        List<Path> used = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        long lines = 0;
        for (Path p : files) {
            String text = Files.readString(p);
            boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(text);
            if (ascii && !SpecParser.parse(text, p).hasErrors() && sany(text)
                    && (baseline == null || !baselineRejects(baseline, text, p))) {
                used.add(p);
                texts.add(text);
                lines += text.lines().count();
            }
        }
        System.out.printf("corpus: %d files (%d accepted by %s), %d lines%n", files.size(), used.size(),
                baseline == null ? "both" : "all three", lines);
        for (int i = 0; i < warmup; i++) {
            runSpecLang(used, texts);
            runSany(texts);
            if (baseline != null) {
                runBaseline(baseline, used, texts);
            }
        }
        long specLangNanos = 0;
        long sanyNanos = 0;
        long baselineNanos = 0;
        double[] ratios = new double[rounds];
        double[] baselineRatios = new double[rounds];
        int parsers = baseline == null ? 2 : 3;
        for (int i = 0; i < rounds; i++) {
            long a = 0;
            long b = 0;
            long c = 0;
            // the parsers take turns going first
            for (int k = 0; k < parsers; k++) {
                System.gc();
                switch ((i + k) % parsers) {
                    case 0 -> a = runSpecLang(used, texts);
                    case 1 -> b = runSany(texts);
                    default -> c = runBaseline(baseline, used, texts);
                }
            }
            specLangNanos += a;
            sanyNanos += b;
            baselineNanos += c;
            ratios[i] = (double) b / a;
            baselineRatios[i] = (double) b / Math.max(1, c);
        }
        java.util.Arrays.sort(ratios);
        double median = rounds % 2 == 1 ? ratios[rounds / 2] : (ratios[rounds / 2 - 1] + ratios[rounds / 2]) / 2;
        double specLang = lines * (double) rounds / (specLangNanos / 1e9);
        double sany = lines * (double) rounds / (sanyNanos / 1e9);
        System.out.printf("spec-lang: %,.0f lines/s (%.1f ms per pass)%n", specLang, specLangNanos / 1e6 / rounds);
        System.out.printf("SANY parser: %,.0f lines/s (%.1f ms per pass)%n", sany, sanyNanos / 1e6 / rounds);
        System.out.printf("ratio spec-lang/SANY (total time): %.2f%n", specLang / sany);
        System.out.printf("ratio spec-lang/SANY (median of %d rounds, min %.2f, max %.2f): %.2f%n", rounds, ratios[0],
                ratios[rounds - 1], median);
        if (baseline != null) {
            java.util.Arrays.sort(baselineRatios);
            double baselineMedian = rounds % 2 == 1 ? baselineRatios[rounds / 2]
                    : (baselineRatios[rounds / 2 - 1] + baselineRatios[rounds / 2]) / 2;
            System.out.printf("baseline %s: %,.0f lines/s (%.1f ms per pass)%n", baselineDir,
                    lines * (double) rounds / (baselineNanos / 1e9), baselineNanos / 1e6 / rounds);
            System.out.printf("ratio baseline/SANY (total time): %.2f, (median of rounds): %.2f%n",
                    (double) sanyNanos / baselineNanos, baselineMedian);
            System.out.printf("spec-lang is %.2f times as fast as the baseline (total time)%n",
                    (double) baselineNanos / specLangNanos);
        }
    }

    /** SpecParser.parse(String, Path) of the spec-lang classes in {@code dir}, in a class loader of its own. */
    private static java.lang.reflect.Method baselineParser(String dir) throws Exception {
        java.net.URL antlr = Path.of(System.getProperty("antlr")).toUri().toURL();
        ClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {Path.of(dir).toUri().toURL(), antlr},
                ClassLoader.getPlatformClassLoader());
        return loader.loadClass("dev.lockstep.speclang.SpecParser").getMethod("parse", String.class, Path.class);
    }

    private static boolean baselineRejects(java.lang.reflect.Method parse, String text, Path file) throws Exception {
        Object result = parse.invoke(null, text, file);
        return (Boolean) result.getClass().getMethod("hasErrors").invoke(result);
    }

    private static long runBaseline(java.lang.reflect.Method parse, List<Path> files, List<String> texts) {
        long t0 = System.nanoTime();
        try {
            for (int i = 0; i < texts.size(); i++) {
                parse.invoke(null, texts.get(i), files.get(i));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - t0;
    }

    private static long runSpecLang(List<Path> files, List<String> texts) {
        long t0 = System.nanoTime();
        for (int i = 0; i < texts.size(); i++) {
            ParseResult r = SpecParser.parse(texts.get(i), files.get(i));
            if (r.modules().isEmpty()) {
                throw new IllegalStateException("no module in " + files.get(i));
            }
        }
        return System.nanoTime() - t0;
    }

    private static long runSany(List<String> texts) {
        long t0 = System.nanoTime();
        for (String t : texts) {
            if (!sany(t)) {
                throw new IllegalStateException("SANY rejected a file it accepted before");
            }
        }
        return System.nanoTime() - t0;
    }

    private static boolean sany(String text) {
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        java.io.PrintStream sink = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        System.setOut(sink);
        System.setErr(sink);
        try {
            InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            TLAplusParser parser = new TLAplusParser(in, "UTF-8");
            return parser.parse();
        } catch (RuntimeException | Error e) {
            return false;
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
