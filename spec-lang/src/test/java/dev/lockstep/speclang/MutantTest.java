package dev.lockstep.speclang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lockstep.speclang.resolve.ModuleLoader;
import dev.lockstep.speclang.resolve.Resolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Robustness: thousands of mutants of the corpus files and example specs (tokens deleted,
 * duplicated and swapped, truncation, random characters) go through the parser and the resolver.
 * Each must come back with diagnostics, never an exception, and finish within a generous bound
 * enforced by the harness (a hang fails the test; no timing is asserted otherwise).
 */
class MutantTest {
    private static final int MUTANTS_PER_FILE = 50;
    private static final long BOUND_SECONDS = 20;
    private static final Pattern TOKEN = Pattern.compile("\\\\?[A-Za-z0-9_]+|\\s+|[^A-Za-z0-9_\\s]{1,3}");
    private static ExecutorService executor;

    @BeforeAll
    static void start() {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "mutant-parser", 1 << 20);
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
    }

    @Test
    void mutantsGiveDiagnosticsNeverExceptionsOrHangs() throws InterruptedException {
        List<Path> files = new ArrayList<>(Corpus.positive());
        files.addAll(Corpus.specFiles());
        Random random = new Random(20261121L);
        int total = 0;
        int rejected = 0;
        for (Path file : files) {
            String text = Corpus.read(file);
            List<int[]> tokens = tokens(text);
            for (int i = 0; i < MUTANTS_PER_FILE; i++) {
                String mutant = mutate(text, tokens, random);
                Future<Boolean> f = executor.submit(() -> {
                    ParseResult r = SpecParser.parse(mutant, file);
                    return Resolver.resolve(r, ModuleLoader.none()).hasErrors();
                });
                try {
                    if (f.get(BOUND_SECONDS, TimeUnit.SECONDS)) {
                        rejected++;
                    }
                } catch (TimeoutException e) {
                    f.cancel(true);
                    fail("parsing a mutant of " + file + " did not finish within " + BOUND_SECONDS + " s:\n" + mutant);
                } catch (ExecutionException e) {
                    throw new AssertionError("a mutant of " + file + " made the parser throw:\n" + mutant, e.getCause());
                }
                total++;
            }
        }
        assertEquals(files.size() * MUTANTS_PER_FILE, total);
        assertTrue(total >= 2000, "only " + total + " mutants");
        // most mutants are broken; a parser that accepted everything would be suspicious
        assertTrue(rejected > total / 2, rejected + " of " + total + " mutants rejected");
    }

    @Test
    void extremeNestingIsADiagnostic() throws Exception {
        String deep = "---- MODULE M ----\nA == " + "(".repeat(20000) + "1" + ")".repeat(20000) + "\n====\n";
        Future<ParseResult> f = executor.submit(() -> SpecParser.parse(deep, Path.of("M.tla")));
        ParseResult r = f.get(BOUND_SECONDS, TimeUnit.SECONDS);
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == dev.lockstep.speclang.diag.DiagnosticCode.LS106_TOO_DEEP),
                r.diagnostics().toString());
    }

    static List<int[]> tokens(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (!m.group().isBlank()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    static String mutate(String text, List<int[]> tokens, Random random) {
        if (tokens.size() < 2) {
            return text;
        }
        int[] a = tokens.get(random.nextInt(tokens.size()));
        int[] b = tokens.get(random.nextInt(tokens.size()));
        return switch (random.nextInt(6)) {
            case 0 -> text.substring(0, a[0]) + text.substring(a[1]);                              // delete
            case 1 -> text.substring(0, a[1]) + " " + text.substring(a[0], a[1]) + text.substring(a[1]); // duplicate
            case 2 -> {                                                                            // swap
                int[] x = a[0] <= b[0] ? a : b;
                int[] y = a[0] <= b[0] ? b : a;
                if (x[1] > y[0]) {
                    yield text;
                }
                yield text.substring(0, x[0]) + text.substring(y[0], y[1]) + text.substring(x[1], y[0])
                        + text.substring(x[0], x[1]) + text.substring(y[1]);
            }
            case 3 -> text.substring(0, random.nextInt(text.length()));                            // truncate
            case 4 -> {                                                                            // random characters
                StringBuilder sb = new StringBuilder(text);
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    char c = random.nextBoolean() ? (char) random.nextInt(128) : (char) (0x2000 + random.nextInt(0x800));
                    sb.insert(random.nextInt(sb.length()), c);
                }
                yield sb.toString();
            }
            default -> {                                                                           // nest deeply
                StringBuilder sb = new StringBuilder(text.substring(0, a[0]));
                sb.append("(".repeat(20 + random.nextInt(200)));
                yield sb.append(text.substring(a[0])).toString();
            }
        };
    }
}
