package dev.lockstep.runtime.machine;

import static dev.lockstep.runtime.value.Values.integer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.choice.Choice;
import dev.lockstep.runtime.choice.ExhaustiveChoice;
import dev.lockstep.runtime.choice.RandomChoice;
import dev.lockstep.runtime.choice.ReplayChoice;
import dev.lockstep.runtime.trace.Allowed;
import dev.lockstep.runtime.trace.MemoryTraceSink;
import dev.lockstep.runtime.trace.NativeLogCodec;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceWriter;
import dev.lockstep.runtime.value.IntValue;
import dev.lockstep.runtime.value.Tla;
import dev.lockstep.runtime.value.Value;
import dev.lockstep.runtime.value.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StepRunnerTest {
    /** x \in 0..3; Add(n) == n \in {1, 2} /\ x + n <= 3 /\ x' \in {x + n, x + n - 1}. A hand-written machine. */
    static final class Adder implements SpecMachine<IntValue> {
        @Override
        public String specName() {
            return "Adder";
        }

        @Override
        public IntValue init(Choice choice) {
            return IntValue.of(0);
        }

        @Override
        public List<ActionCall> enabled(IntValue s) {
            List<ActionCall> out = new ArrayList<>();
            for (int n = 1; n <= 2; n++) {
                if (s.longValue() + n <= 3) {
                    out.add(ActionCall.of("Add", "n", integer(n)));
                }
            }
            return out;
        }

        void successors(IntValue s, Value n, Successors<IntValue> out) {
            for (Value x1 : Values.set(Tla.plus(s, n), Tla.minus(Tla.plus(s, n), integer(1)))) {
                out.push("Add:x'", x1);
                out.emit(x1.asInt());
                out.pop();
            }
        }

        @Override
        public IntValue step(IntValue s, ActionCall call, Choice choice) {
            Successors<IntValue> out = new Successors<>();
            successors(s, call.params().get("n"), out);
            return out.pick(choice);
        }

        @Override
        public Map<String, Value> variables(IntValue s) {
            return Map.of("x", s);
        }
    }

    @Test
    void logsInitThenOneEventPerStepUntilNothingIsEnabled() {
        MemoryTraceSink sink = new MemoryTraceSink();
        int taken;
        try (TraceWriter w = TraceWriter.to(sink).build()) {
            StepRunner<IntValue> r = new StepRunner<>(new Adder(), new RandomChoice(3), w);
            r.start();
            taken = r.run(100);
            assertFalse(r.step());
        }
        List<TraceEvent> es = sink.events();
        assertEquals(taken + 1, es.size());
        assertEquals("Init", es.get(0).action());
        assertEquals(integer(3), es.get(es.size() - 1).state().get("x"));
        for (int i = 1; i < es.size(); i++) {
            long before = es.get(i - 1).state().get("x").asInt().longValue();
            long n = es.get(i).params().get("n").asInt().longValue();
            long after = es.get(i).state().get("x").asInt().longValue();
            assertTrue(after == before + n || after == before + n - 1, es.get(i).toString());
        }
    }

    /** The Adder whose implementation never adds 1: the spec allows Add(1), the implementation refuses it. */
    static final class NoOnes extends Adder2 {
        @Override
        public boolean allows(IntValue s, ActionCall call) {
            return !call.params().get("n").equals(integer(1));
        }
    }

    /** The Adder, extensible (a user's class extends the generated base). */
    static class Adder2 implements SpecMachine<IntValue> {
        private final Adder spec = new Adder();

        @Override
        public String specName() {
            return spec.specName();
        }

        @Override
        public IntValue init(Choice choice) {
            return spec.init(choice);
        }

        @Override
        public List<ActionCall> enabled(IntValue s) {
            return spec.enabled(s);
        }

        @Override
        public IntValue step(IntValue s, ActionCall call, Choice choice) {
            return spec.step(s, call, choice);
        }

        @Override
        public Map<String, Value> variables(IntValue s) {
            return spec.variables(s);
        }
    }

    @Test
    void everyLoggedStateCarriesWhatTheImplementationRefusedThereAndAStuckRunThrows() {
        int stuckRuns = 0;
        for (long seed = 1; seed <= 20; seed++) {
            MemoryTraceSink sink = new MemoryTraceSink();
            StepRunner<IntValue> r = new StepRunner<>(new NoOnes(), new RandomChoice(seed), TraceWriter.to(sink).build());
            r.start();
            StuckException stuck = null;
            try {
                r.run(100);
            } catch (StuckException e) {
                stuck = e;
            }
            List<TraceEvent> es = sink.events();
            for (TraceEvent e : es) {
                long x = e.state().get("x").asInt().longValue();
                List<ActionCall> expected = x + 1 <= 3 ? List.of(ActionCall.of("Add", "n", integer(1))) : List.of();
                assertEquals(expected, e.refused(), e.toString());
                if (!e.action().equals("Init")) {
                    assertEquals(integer(2), e.params().get("n"));
                }
            }
            long last = es.get(es.size() - 1).state().get("x").asInt().longValue();
            if (stuck != null) {
                // at x = 2 the spec enables only Add(1), which the implementation refuses
                stuckRuns++;
                assertEquals(2, last);
                assertEquals(List.of(ActionCall.of("Add", "n", integer(1))), stuck.refused());
                assertEquals(es.size() - 1, stuck.steps());
                assertFalse(r.deadlocked());
                assertTrue(stuck.getMessage().contains("Add(n = 1)"), stuck.getMessage());
            } else {
                assertEquals(3, last);
                assertTrue(r.deadlocked());
            }
        }
        assertTrue(stuckRuns > 0 && stuckRuns < 20, stuckRuns + " of 20 runs stuck");
    }

    /**
     * The Adder whose effect of Add(1) is left to the user and not implemented yet: taking it returns
     * null, and from then on the machine refuses it (as the generated base class does when a stub throws).
     */
    static final class LateNoOnes extends Adder2 {
        int attempts;

        @Override
        public boolean allows(IntValue s, ActionCall call) {
            return attempts == 0 || !call.params().get("n").equals(integer(1));
        }

        @Override
        public IntValue step(IntValue s, ActionCall call, Choice choice) {
            if (call.params().get("n").equals(integer(1))) {
                attempts++;
                return null;
            }
            return super.step(s, call, choice);
        }
    }

    @Test
    void anEffectThatTurnsOutNotImplementedIsRefusedAndTheRunGoesOnWithTheRest() {
        int attempted = 0;
        for (long seed = 1; seed <= 20; seed++) {
            MemoryTraceSink sink = new MemoryTraceSink();
            LateNoOnes machine = new LateNoOnes();
            StepRunner<IntValue> r = new StepRunner<>(machine, new RandomChoice(seed), TraceWriter.to(sink).build());
            r.start();
            try {
                r.run(100);
                assertTrue(r.deadlocked());
            } catch (StuckException e) {
                // at x = 2 the spec enables only Add(1), which the implementation now refuses
                assertEquals(List.of(ActionCall.of("Add", "n", integer(1))), e.refused());
            }
            assertTrue(machine.attempts <= 1, "Add(1) is tried once, then refused: " + machine.attempts);
            attempted += machine.attempts;
            for (TraceEvent e : sink.events()) {
                if (!e.action().equals("Init")) {
                    assertEquals(integer(2), e.params().get("n"), "no Add(1) step is logged");
                }
            }
        }
        assertTrue(attempted > 0, "some run tried Add(1)");
    }

    @Test
    void everyLoggedStateCarriesTheInstancesTheRunnerWouldTakeAsTheShorterOfTheSetAndItsChange() {
        NoOnes machine = new NoOnes();
        boolean sawChange = false;
        boolean sawUnchanged = false;
        for (long seed = 1; seed <= 20; seed++) {
            MemoryTraceSink sink = new MemoryTraceSink();
            StepRunner<IntValue> r = new StepRunner<>(machine, new RandomChoice(seed), TraceWriter.to(sink).build());
            try {
                r.run(100);
            } catch (StuckException e) {
                // the stuck state is logged too, with nothing allowed
            }
            NativeLogCodec codec = NativeLogCodec.plain();
            List<ActionCall> set = null;
            for (TraceEvent logged : sink.events()) {
                TraceEvent e = codec.decode(codec.encode(logged), 1);
                assertEquals(logged, e);
                if (set == null) {
                    assertInstanceOf(Allowed.All.class, e.allowed().orElseThrow());
                }
                if (e.allowed().isEmpty()) {
                    sawUnchanged = true;
                } else if (e.allowed().get() instanceof Allowed.All all) {
                    set = all.calls();
                } else {
                    Allowed.Change c = (Allowed.Change) e.allowed().get();
                    sawChange = true;
                    Set<ActionCall> next = new LinkedHashSet<>(set);
                    assertTrue(next.containsAll(c.drop()), c.toString());
                    c.drop().forEach(next::remove);
                    next.addAll(c.add());
                    set = new ArrayList<>(next);
                }
                IntValue x = e.state().get("x").asInt();
                List<ActionCall> expected = machine.enabled(x).stream().filter(call -> machine.allows(x, call)).toList();
                assertEquals(Set.copyOf(expected), Set.copyOf(set), e.toString());
            }
        }
        assertTrue(sawUnchanged);
        // the Adder's sets have at most two instances, so the whole set is never longer than a change
        assertFalse(sawChange);
        ActionCall a = ActionCall.of("Add", "n", integer(1));
        ActionCall b = ActionCall.of("Add", "n", integer(2));
        ActionCall c = ActionCall.of("Add", "n", integer(3));
        ActionCall d = ActionCall.of("Add", "n", integer(4));
        assertEquals(new Allowed.Change(List.of(d), List.of(c)), Allowed.between(List.of(a, b, c), List.of(a, b, d)).get());
        assertEquals(new Allowed.All(List.of(d)), Allowed.between(List.of(a, b), List.of(d)).get());
        assertTrue(Allowed.between(List.of(a, b), List.of(b, a)).isEmpty());
    }

    @Test
    void aBehaviourWhereTheSpecEnablesNothingIsADeadlockNotAStuckImplementation() {
        StepRunner<IntValue> r = new StepRunner<>(new Adder(), new RandomChoice(3),
                TraceWriter.to(new MemoryTraceSink()).build());
        r.start();
        assertFalse(r.deadlocked());
        r.run(100);
        assertTrue(r.deadlocked());
        assertEquals(List.of(), r.refused());
    }

    @Test
    void replayingTheRecordedChoicesReproducesTheBehaviour() {
        RandomChoice random = new RandomChoice(11);
        MemoryTraceSink first = new MemoryTraceSink();
        new StepRunner<>(new Adder(), random, TraceWriter.to(first).build()).run(100);
        MemoryTraceSink second = new MemoryTraceSink();
        ReplayChoice replay = new ReplayChoice(random.recorded());
        new StepRunner<>(new Adder(), replay, TraceWriter.to(second).build()).run(100);
        assertEquals(first.events(), second.events());
        assertTrue(replay.finished());
        assertTrue(random.recorded().stream().anyMatch(c -> c.reason().equals("Add:x'")));
        assertTrue(random.recorded().stream().anyMatch(c -> c.reason().equals(StepRunner.NEXT_REASON)));
    }

    @Test
    void pickOffersOnlyAlternativesWithASuccessorAndEnumeratesAll() {
        Successors<String> out = new Successors<>();
        out.push("A:either", integer(1));
        out.push("A:x", integer(7));
        out.emit("s1");
        out.pop();
        out.push("A:x", integer(8));
        out.emit("s2");
        out.pop();
        out.pop();
        out.push("A:either", integer(2));
        out.emit("s3");
        out.pop();
        ExhaustiveChoice all = new ExhaustiveChoice();
        Set<String> seen = new HashSet<>();
        do {
            seen.add(out.pick(all));
        } while (all.advance());
        assertEquals(Set.of("s1", "s2", "s3"), seen);
        assertNull(new Successors<String>().pick(new RandomChoice(1)));
    }
}
