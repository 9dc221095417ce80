package dev.lockstep.runtime.machine;

import static dev.lockstep.runtime.value.Values.integer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.choice.Choice;
import dev.lockstep.runtime.choice.RandomChoice;
import dev.lockstep.runtime.choice.ReplayChoice;
import dev.lockstep.runtime.trace.MemoryTraceSink;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceWriter;
import dev.lockstep.runtime.value.Value;
import dev.lockstep.runtime.value.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The runner's schedules, behaviours after behaviours, and the level it tells the machine. */
class ScheduleTest {
    /** One transaction: {@code Prepare(r)} for r in 1..3, {@code Abort} any time before a decision,
     * {@code Commit} once all three prepared, then {@code Done} stutters. */
    record Tx(int prepared, String decision) {
    }

    static final class Commit implements SpecMachine<Tx> {
        /** The level told before each call to enabled, by state; -1 before any. */
        final List<String> levels = new ArrayList<>();
        private int level = -1;

        @Override
        public String specName() {
            return "Commit";
        }

        @Override
        public void atLevel(int level) {
            this.level = level;
        }

        @Override
        public Tx init(Choice choice) {
            levels.add("init@" + level);
            return new Tx(0, "none");
        }

        @Override
        public List<ActionCall> enabled(Tx s) {
            levels.add(Integer.bitCount(s.prepared()) + "/" + s.decision() + "@" + level);
            List<ActionCall> out = new ArrayList<>();
            if (s.decision().equals("none")) {
                for (int r = 1; r <= 3; r++) {
                    if ((s.prepared() & (1 << r)) == 0) {
                        out.add(ActionCall.of("Prepare", "r", integer(r)));
                    }
                }
                out.add(ActionCall.of("Abort"));
                if (Integer.bitCount(s.prepared()) == 3) {
                    out.add(ActionCall.of("Commit"));
                }
            } else {
                out.add(ActionCall.of("Done"));
            }
            return out;
        }

        @Override
        public Tx step(Tx s, ActionCall call, Choice choice) {
            return switch (call.action()) {
                case "Prepare" -> new Tx(s.prepared() | 1 << call.params().get("r").asInt().longValue(), s.decision());
                case "Abort" -> new Tx(s.prepared(), "abort");
                case "Commit" -> new Tx(s.prepared(), "commit");
                default -> s;
            };
        }

        @Override
        public Map<String, Value> variables(Tx s) {
            Map<String, Value> m = new LinkedHashMap<>();
            m.put("prepared", integer(Integer.bitCount(s.prepared())));
            m.put("decision", Values.str(s.decision()));
            return m;
        }
    }

    private static List<TraceEvent> run(Schedule schedule, long seed, int steps) {
        MemoryTraceSink sink = new MemoryTraceSink();
        try (TraceWriter w = TraceWriter.to(sink).build()) {
            StepRunner<Tx> r = new StepRunner<>(new Commit(), new RandomChoice(seed), w, schedule);
            assertEquals(steps, r.runBehaviours(steps, true));
        }
        return sink.events();
    }

    @Test
    void coverageTakesTheInstanceTakenLeastSoFarAmongThoseAllowedANewOneByItsActionsShare() {
        for (long seed = 1; seed <= 20; seed++) {
            Commit spec = new Commit();
            Map<ActionCall, Integer> counts = new HashMap<>();
            Map<String, Integer> actionCounts = new HashMap<>();
            MemoryTraceSink sink = new MemoryTraceSink();
            try (TraceWriter w = TraceWriter.to(sink).build()) {
                StepRunner<Tx> r = new StepRunner<>(spec, new RandomChoice(seed), w, Schedule.COVERAGE);
                r.start();
                for (int i = 0; i < 60; i++) {
                    if (r.ended()) {
                        r.start();
                    }
                    List<ActionCall> allowed = spec.enabled(r.state());
                    // an instance counts its steps; one never taken, its share of its action's among the allowed ones
                    Map<ActionCall, Double> weight = new HashMap<>();
                    for (ActionCall c : allowed) {
                        long here = allowed.stream().filter(o -> o.action().equals(c.action())).count();
                        weight.put(c, counts.containsKey(c) ? counts.get(c)
                                : actionCounts.getOrDefault(c.action(), 0) / (double) here);
                    }
                    double least = weight.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
                    assertTrue(r.step());
                    ActionCall taken = r.lastStep();
                    assertEquals(least, weight.get(taken), "seed " + seed + ", step " + i + ": " + taken + " among "
                            + allowed + " with counts " + counts + " and " + actionCounts);
                    counts.merge(taken, 1, Integer::sum);
                    actionCounts.merge(taken.action(), 1, Integer::sum);
                }
            }
        }
    }

    /**
     * A network: {@code Send} (while fewer than two messages are in flight), {@code Drop(m)} for each
     * message in flight (an instance per message, each new) and {@code Receive} of the oldest.
     */
    static final class Network implements SpecMachine<List<Integer>> {
        @Override
        public String specName() {
            return "Network";
        }

        @Override
        public List<Integer> init(Choice choice) {
            return List.of();
        }

        @Override
        public List<ActionCall> enabled(List<Integer> inFlight) {
            List<ActionCall> out = new ArrayList<>();
            if (inFlight.size() < 2) {
                out.add(ActionCall.of("Send"));
            }
            if (!inFlight.isEmpty()) {
                out.add(ActionCall.of("Receive"));
            }
            inFlight.forEach(m -> out.add(ActionCall.of("Drop", "m", integer(m))));
            return out;
        }

        @Override
        public List<Integer> step(List<Integer> inFlight, ActionCall call, Choice choice) {
            List<Integer> next = new ArrayList<>(inFlight);
            switch (call.action()) {
                case "Send" -> next.add(sent++);
                case "Receive" -> next.remove(0);
                default -> next.remove(Integer.valueOf(call.params().get("m").asInt().intValue()));
            }
            return next;
        }

        private int sent;

        @Override
        public Map<String, Value> variables(List<Integer> inFlight) {
            return Map.of("inFlight", integer(inFlight.size()));
        }
    }

    @Test
    void coverageDoesNotLetAnInstancePerMessageCrowdOutTheReceiver() {
        for (long seed = 1; seed <= 10; seed++) {
            MemoryTraceSink sink = new MemoryTraceSink();
            try (TraceWriter w = TraceWriter.to(sink).build()) {
                new StepRunner<>(new Network(), new RandomChoice(seed), w, Schedule.COVERAGE).run(120);
            }
            long received = sink.events().stream().filter(e -> e.action().equals("Receive")).count();
            long dropped = sink.events().stream().filter(e -> e.action().equals("Drop")).count();
            // each Drop(m) is a new instance: counted alone, a drop would win over Receive at every message
            assertTrue(received >= 30 && dropped >= 30, "seed " + seed + ": " + received + " received, " + dropped
                    + " dropped of 120 steps");
        }
    }

    @Test
    void coverageReachesTheActionThatRandomChoiceRarelyReaches() {
        int randomCommits = 0;
        for (long seed = 1; seed <= 20; seed++) {
            List<TraceEvent> covered = run(Schedule.COVERAGE, seed, 40);
            assertTrue(covered.stream().anyMatch(e -> e.action().equals("Commit")), "seed " + seed + ": " + covered);
            List<TraceEvent> random = run(Schedule.RANDOM, seed, 40);
            randomCommits += random.stream().anyMatch(e -> e.action().equals("Commit")) ? 1 : 0;
        }
        // a behaviour commits under uniform choice with probability 1/8: 40 steps hold about 8
        assertTrue(randomCommits < 20, randomCommits + " of 20 random runs committed");
    }

    @Test
    void aBehaviourThatCanOnlyStutterIsFollowedByANewOneUntilTheStepsAreUsed() {
        for (Schedule schedule : Schedule.values()) {
            List<TraceEvent> es = run(schedule, 5, 50);
            assertEquals(50, es.stream().filter(e -> !e.action().equals(TraceEvent.INIT)).count());
            assertTrue(es.stream().filter(e -> e.action().equals(TraceEvent.INIT)).count() > 1);
            for (int i = 1; i < es.size(); i++) {
                if (es.get(i).action().equals(TraceEvent.INIT)) {
                    // the behaviour before ended: its last step stuttered where only Done is enabled
                    assertEquals("Done", es.get(i - 1).action(), es.toString());
                    assertEquals(es.get(i - 2).state(), es.get(i - 1).state());
                }
            }
        }
    }

    @Test
    void aDeadlockStopsTheRunOnlyWhenItIsAnError() {
        StepRunnerTest.Adder adder = new StepRunnerTest.Adder();   // deadlocks at x = 3
        StepRunner<dev.lockstep.runtime.value.IntValue> stops = new StepRunner<>(adder, new RandomChoice(2),
                TraceWriter.to(new MemoryTraceSink()).build(), Schedule.COVERAGE);
        int taken = stops.runBehaviours(100, true);
        assertTrue(taken >= 2 && taken <= 3, taken + " steps");
        assertTrue(stops.deadlocked());
        MemoryTraceSink sink = new MemoryTraceSink();
        StepRunner<dev.lockstep.runtime.value.IntValue> goesOn = new StepRunner<>(adder, new RandomChoice(2),
                TraceWriter.to(sink).build(), Schedule.COVERAGE);
        assertEquals(100, goesOn.runBehaviours(100, false));
        assertTrue(sink.events().stream().filter(e -> e.action().equals(TraceEvent.INIT)).count() > 25);
    }

    @Test
    void theMachineIsToldTheLevelOfEachStateItIsAskedAbout() {
        Commit spec = new Commit();
        StepRunner<Tx> r = new StepRunner<>(spec, new RandomChoice(3), TraceWriter.to(new MemoryTraceSink()).build(),
                Schedule.COVERAGE);
        r.runBehaviours(12, true);
        // as TLC's TLCGet("level"): 0 while choosing an initial state, 1 in it, one more per step
        int expected = 1;
        for (String l : spec.levels) {
            if (l.startsWith("init@")) {
                assertEquals("init@0", l);
                expected = 1;
            } else {
                assertTrue(l.endsWith("@" + expected), spec.levels.toString());
                expected++;
            }
        }
    }

    @Test
    void recordedChoicesReplayUnderTheSameSchedule() {
        RandomChoice random = new RandomChoice(9);
        MemoryTraceSink first = new MemoryTraceSink();
        new StepRunner<>(new Commit(), random, TraceWriter.to(first).build(), Schedule.COVERAGE).runBehaviours(30, true);
        MemoryTraceSink second = new MemoryTraceSink();
        ReplayChoice replay = new ReplayChoice(random.recorded());
        new StepRunner<>(new Commit(), replay, TraceWriter.to(second).build(), Schedule.COVERAGE).runBehaviours(30, true);
        assertEquals(first.events(), second.events());
        assertTrue(replay.finished());
    }

    @Test
    void aScheduleIsNamedInAnyCase() {
        assertEquals(Schedule.RANDOM, Schedule.parse("random"));
        assertEquals(Schedule.COVERAGE, Schedule.parse("Coverage"));
        assertFalse(assertThrows(IllegalArgumentException.class, () -> Schedule.parse("bfs")).getMessage().isEmpty());
    }
}
