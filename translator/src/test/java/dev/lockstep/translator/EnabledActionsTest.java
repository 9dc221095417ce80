package dev.lockstep.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ENABLED A} is translated wherever TLC evaluates it: in an effect ({@code
 * specs/corpus/StallWatchdog}: {@code stalled' = ~ENABLED Progress}, a disjunction of actions
 * with parameters under {@code \E}), in a guard ({@code specs/corpus/IdleCompaction}: {@code
 * ~ENABLED (\E c \in Client : Serve(c))}, and {@code ~ENABLED Serve(c)} for the action's own
 * parameter), in an IF of an effect over an action that tests ENABLED itself ({@code ENABLED
 * Compact}), and in an invariant. Nothing is left to the user, and the generated successors,
 * explored breadth-first, reach exactly the distinct states TLC counted for each model.
 */
class EnabledActionsTest {
    @ParameterizedTest
    @ValueSource(strings = {"StallWatchdog", "IdleCompaction"})
    void enabledIsTranslatedAsTlcEvaluatesIt(String name, @TempDir Path dir) throws Exception {
        Generation g = CorpusGenerationTest.generate(name);
        assertEquals(List.of(), g.untranslated(), "ENABLED is translated, not left to the user");
        String base = g.files().stream().filter(f -> f.relativePath().endsWith(name + "Base.java")).findFirst()
                .orElseThrow().content();
        assertTrue(base.contains("protected boolean enabled"), "a method tests ENABLED");
        var machine = CorpusGenerationTest.compile(g, name, dir).newMachine();
        assertEquals(ForAllActionsTest.tlcDistinctStates(name), ForAllActionsTest.reachableStates(machine),
                "distinct states: TLC's count (expected.json) against the generated successors'");
    }
}
