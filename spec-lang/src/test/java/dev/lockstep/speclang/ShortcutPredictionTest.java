package dev.lockstep.speclang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lockstep.speclang.ast.AstDump;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The parser's prediction shortcuts (internal.ShortcutPrediction) change nothing: every corpus
 * file, example spec and a thousand mutants of them give the same modules, algorithm and
 * diagnostics with the shortcuts as with ANTLR's prediction alone. And valid input never needs the
 * slow stage: with the shortcuts, the SLL stage parses every accepted file (a wrong shortcut
 * would mostly show up here, as SLL failures that the LL stage then hides).
 */
class ShortcutPredictionTest {
    private static final int MUTANTS_PER_FILE = 10;
    private static final List<MutantTest.Kind> TEXT_KINDS = List.of(MutantTest.Kind.DELETE_TOKEN,
            MutantTest.Kind.DUPLICATE_TOKEN, MutantTest.Kind.SWAP_TOKENS, MutantTest.Kind.TRUNCATE,
            MutantTest.Kind.RANDOM_CHARACTERS);

    private static String render(ParseResult r) {
        StringBuilder sb = new StringBuilder();
        r.diagnostics().forEach(d -> sb.append(d).append('\n'));
        r.modules().forEach(m -> sb.append(AstDump.dump(m)).append('\n'));
        r.algorithm().ifPresent(a -> sb.append(AstDump.dump(a)).append('\n'));
        return sb.toString();
    }

    private static void assertSame(String text, Path file) {
        ParseResult antlr = SpecParser.parse(text, file, false, () -> { });
        ParseResult shortcuts = SpecParser.parse(text, file, true, () -> { });
        // AST nodes are records: equals compares whole trees, ranges included
        if (!antlr.modules().equals(shortcuts.modules()) || !antlr.algorithm().equals(shortcuts.algorithm())
                || !antlr.diagnostics().equals(shortcuts.diagnostics())) {
            assertEquals(render(antlr), render(shortcuts), "shortcuts change the result for " + file + ":\n" + text);
        }
    }

    @Test
    void sameResultsWithAndWithoutShortcuts() {
        List<Path> files = new ArrayList<>(Corpus.corpusFiles());
        files.addAll(Corpus.specFiles());
        Random random = new Random(20261122L);
        int count = 0;
        for (Path file : files) {
            String text = Corpus.read(file);
            assertSame(text, file);
            List<int[]> tokens = MutantTest.tokens(text);
            for (int i = 0; i < MUTANTS_PER_FILE; i++) {
                MutantTest.Kind kind = TEXT_KINDS.get(random.nextInt(TEXT_KINDS.size()));
                assertSame(new String(MutantTest.mutate(kind, text, tokens, random), StandardCharsets.UTF_8), file);
                count++;
            }
        }
        assertEquals(files.size() * MUTANTS_PER_FILE, count);
    }

    @Test
    void validInputNeedsNoLlStage() {
        List<Path> files = new ArrayList<>(Corpus.positive());
        files.addAll(Corpus.specFiles());
        for (Path file : files) {
            int[] fallbacks = {0};
            ParseResult r = SpecParser.parse(Corpus.read(file), file, true, () -> fallbacks[0]++);
            assertFalse(r.hasErrors(), () -> file + ": " + r.diagnostics());
            assertEquals(0, fallbacks[0], () -> file + " needed the LL stage");
        }
    }
}
