package dev.lockstep.runtime.choice;

import static dev.lockstep.runtime.value.Values.integer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.value.SetValue;
import dev.lockstep.runtime.value.TlaEvaluationException;
import dev.lockstep.runtime.value.Value;
import dev.lockstep.runtime.value.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChoiceTest {

    private static List<Integer> run(Choice c) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            out.add(c.pick("label" + (i % 3), 1 + i % 5));
        }
        return out;
    }

    @Test
    void sameSeedSameChoicesAndEveryChoiceIsRecorded() {
        RandomChoice a = new RandomChoice(42);
        RandomChoice b = new RandomChoice(42);
        assertEquals(run(a), run(b));
        assertEquals(50, a.recorded().size());
        assertEquals("label1", a.recorded().get(1).reason());
        assertEquals(2, a.recorded().get(1).count());
        assertTrue(run(new RandomChoice(1)).size() == 50);
    }

    @Test
    void differentSeedsExploreDifferentOptions() {
        Set<List<Integer>> runs = new HashSet<>();
        for (long seed = 0; seed < 5; seed++) {
            runs.add(run(new RandomChoice(seed)));
        }
        assertTrue(runs.size() > 1);
    }

    @Test
    void replayReproducesARecordedRun() {
        RandomChoice original = new RandomChoice(9);
        List<Integer> picks = run(original);
        ReplayChoice replay = new ReplayChoice(original.recorded());
        assertEquals(picks, run(replay));
        assertTrue(replay.finished());
        assertEquals(original.recorded(), replay.recorded());
    }

    @Test
    void replayDetectsADifferentQuestion() {
        ReplayChoice r = new ReplayChoice(List.of(new ChoiceRecord("with_x", 1, 3)));
        assertEquals(0, assertThrows(ChoiceReplayException.class, () -> r.pick("either", 3)).position());
        ReplayChoice r2 = new ReplayChoice(List.of(new ChoiceRecord("with_x", 1, 3)));
        assertThrows(ChoiceReplayException.class, () -> r2.pick("with_x", 2));
        ReplayChoice r3 = new ReplayChoice(List.of(new ChoiceRecord("with_x", 1, 3)));
        assertEquals(1, r3.pick("with_x", 3));
        assertEquals(1, assertThrows(ChoiceReplayException.class, () -> r3.pick("with_x", 3)).position());
    }

    @Test
    void exhaustiveEnumeratesEveryCombinationOnce() {
        ExhaustiveChoice c = new ExhaustiveChoice();
        Set<List<Value>> seen = new HashSet<>();
        int runs = 0;
        do {
            Value x = c.choose("x", Values.range(1, 3));
            List<Value> picked = new ArrayList<>(List.of(x));
            if (x.equals(integer(2))) { // the second question only exists on one branch
                picked.add(c.choose("y", Values.set(Values.str("a"), Values.str("b"))));
            }
            assertTrue(seen.add(picked));
            runs++;
        } while (c.advance());
        assertEquals(4, runs);
    }

    @Test
    void choosingFromNothingIsAnEvaluationError() {
        assertThrows(TlaEvaluationException.class, () -> new RandomChoice(1).choose("x", SetValue.EMPTY));
        assertThrows(TlaEvaluationException.class, () -> new RandomChoice(1).choose("x", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ChoiceRecord("x", 2, 2));
    }
}
