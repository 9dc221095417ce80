package dev.lockstep.speclang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.lockstep.speclang.resolve.ModuleLoader;
import dev.lockstep.speclang.resolve.Resolver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * Robustness: thousands of mutants of the corpus files and example specs (tokens deleted,
 * duplicated and swapped, truncation, random characters, random bytes over the UTF-8 encoding,
 * deep nesting), generated in the test from a fixed seed, are written to a file and go through
 * {@code SpecParser.parse(Path)} (decoding included), the resolver and the level checker.
 * Each must come back with diagnostics, never an exception, and finish within a generous bound
 * enforced by the harness (a hang fails the test; no timing is asserted otherwise).
 */
class MutantTest {
    private static final int MUTANTS_PER_FILE = 50;
    /** Fixed, so every run sees the same mutants; a failure names the kind, index and file. */
    private static final long SEED = 20261121L;
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
    void mutantsGiveDiagnosticsNeverExceptionsOrHangs(@TempDir Path work) throws Exception {
        List<Path> files = new ArrayList<>(Corpus.positive());
        files.addAll(Corpus.specFiles());
        Random random = new Random(SEED);
        int total = 0;
        int rejected = 0;
        Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
        for (Path file : files) {
            String text = Corpus.read(file);
            List<int[]> tokens = tokens(text);
            // the mutant is written under the original's name (so the module-name check sees the
            // same name) and read back through SpecParser.parse(Path), decoding included
            Path copy = work.resolve(file.getFileName());
            for (int i = 0; i < MUTANTS_PER_FILE; i++) {
                Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
                byte[] mutant = mutate(kind, text, tokens, random);
                byKind.merge(kind, 1, Integer::sum);
                Files.write(copy, mutant);
                Future<Boolean> f = executor.submit(() -> {
                    ParseResult r = SpecParser.parse(copy);
                    return Resolver.resolve(r, ModuleLoader.none()).hasErrors();
                });
                String what = kind + " mutant #" + i + " of " + file + " (seed " + SEED + ")";
                try {
                    if (f.get(BOUND_SECONDS, TimeUnit.SECONDS)) {
                        rejected++;
                    }
                } catch (TimeoutException e) {
                    f.cancel(true);
                    fail(what + " did not finish within " + BOUND_SECONDS + " s:\n" + new String(mutant, StandardCharsets.UTF_8));
                } catch (ExecutionException e) {
                    throw new AssertionError(what + " made the parser throw:\n" + new String(mutant, StandardCharsets.UTF_8),
                            e.getCause());
                }
                total++;
            }
        }
        assertEquals(files.size() * MUTANTS_PER_FILE, total);
        assertTrue(total >= 2000, "only " + total + " mutants");
        for (Kind k : Kind.values()) {
            assertTrue(byKind.getOrDefault(k, 0) >= total / Kind.values().length / 2, () -> "too few " + k + " mutants: " + byKind);
        }
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

    /** The mutation kinds, plus deep nesting. */
    enum Kind { DELETE_TOKEN, DUPLICATE_TOKEN, SWAP_TOKENS, TRUNCATE, RANDOM_CHARACTERS, RANDOM_BYTES, NEST_DEEPLY }

    static byte[] mutate(Kind kind, String text, List<int[]> tokens, Random random) {
        if (kind == Kind.RANDOM_BYTES) {
            // raw bytes over the UTF-8 encoding: often not UTF-8 at all, or control characters
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            for (int k = 0; k < 1 + random.nextInt(4) && bytes.length > 0; k++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            return bytes;
        }
        return mutateText(kind, text, tokens, random).getBytes(StandardCharsets.UTF_8);
    }

    private static String mutateText(Kind kind, String text, List<int[]> tokens, Random random) {
        if (tokens.size() < 2) {
            return text;
        }
        int[] a = tokens.get(random.nextInt(tokens.size()));
        int[] b = tokens.get(random.nextInt(tokens.size()));
        return switch (kind) {
            case DELETE_TOKEN -> text.substring(0, a[0]) + text.substring(a[1]);
            case DUPLICATE_TOKEN -> text.substring(0, a[1]) + " " + text.substring(a[0], a[1]) + text.substring(a[1]);
            case SWAP_TOKENS -> {
                int[] x = a[0] <= b[0] ? a : b;
                int[] y = a[0] <= b[0] ? b : a;
                if (x[1] > y[0]) {
                    yield text;
                }
                yield text.substring(0, x[0]) + text.substring(y[0], y[1]) + text.substring(x[1], y[0])
                        + text.substring(x[0], x[1]) + text.substring(y[1]);
            }
            case TRUNCATE -> text.substring(0, random.nextInt(text.length()));
            case RANDOM_CHARACTERS -> {
                StringBuilder sb = new StringBuilder(text);
                for (int k = 0; k < 1 + random.nextInt(4); k++) {
                    char c = random.nextBoolean() ? (char) random.nextInt(128) : (char) (0x2000 + random.nextInt(0x800));
                    sb.insert(random.nextInt(sb.length()), c);
                }
                yield sb.toString();
            }
            default -> {
                StringBuilder sb = new StringBuilder(text.substring(0, a[0]));
                sb.append("(".repeat(20 + random.nextInt(200)));
                yield sb.append(text.substring(a[0])).toString();
            }
        };
    }
}
