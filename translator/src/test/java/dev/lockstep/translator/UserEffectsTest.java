package dev.lockstep.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.choice.RandomChoice;
import dev.lockstep.runtime.machine.ActionCall;
import dev.lockstep.runtime.machine.Schedule;
import dev.lockstep.runtime.machine.SpecMachine;
import dev.lockstep.runtime.machine.StepRunner;
import dev.lockstep.runtime.trace.MemoryTraceSink;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An action whose whole effect is left to the user (a watchdog whose {@code Sample} reads a sensor:
 * {@code reading' \in Nat}, genuinely abstract) does not stop the run while its stub throws: the
 * runner takes the other actions, and every later state where the spec enables it logs it as refused.
 */
class UserEffectsTest {
    private static final String SPEC = """
            ---- MODULE SensorWatchdog ----
            EXTENDS Naturals
            CONSTANTS Worker, Jobs
            VARIABLES queue, busy, samples, reading
            Init == queue = Jobs /\\ busy = {} /\\ samples = 0 /\\ reading = 0
            Take(w) == /\\ w \\notin busy /\\ queue > 0
                       /\\ queue' = queue - 1 /\\ busy' = busy \\cup {w} /\\ UNCHANGED <<samples, reading>>
            Finish(w) == /\\ w \\in busy
                         /\\ queue' = queue + 1 /\\ busy' = busy \\ {w} /\\ UNCHANGED <<samples, reading>>
            \\* the sensor gives any natural number: the implementation reads the real one
            Sample == samples < 4 /\\ samples' = samples + 1 /\\ reading' \\in Nat /\\ UNCHANGED <<queue, busy>>
            Next == (\\E w \\in Worker : Take(w)) \\/ (\\E w \\in Worker : Finish(w)) \\/ Sample
            ====
            """;

    @Test
    void anUnimplementedEffectIsRefusedAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        String name = "SensorWatchdog";
        Path spec = Files.createDirectories(dir.resolve("spec"));
        Files.writeString(spec.resolve(name + ".tla"), SPEC);
        Files.writeString(spec.resolve(name + ".cfg"), "CONSTANTS Worker = {w1, w2} Jobs = 3\nINIT Init\nNEXT Next\n");
        Generation g = SpecsCompileTest.generate(spec.toString(), name, "corpus." + name.toLowerCase());
        assertEquals(List.of("Sample"), g.untranslated(), "only Sample's effect is left to the user");
        CorpusGenerationTest.Compiled compiled = CorpusGenerationTest.compile(g, name, dir.resolve("out"));
        for (long seed = 1; seed <= 5; seed++) {
            SpecMachine<Object> machine = compiled.newMachine();
            MemoryTraceSink sink = new MemoryTraceSink();
            try (TraceWriter log = TraceWriter.to(sink).build()) {
                StepRunner<Object> runner = new StepRunner<>(machine, new RandomChoice(seed), log, Schedule.COVERAGE);
                assertEquals(100, runner.runBehaviours(100, false), "the run goes on without Sample");
            }
            List<TraceEvent> events = sink.events();
            // the coverage schedule tries Sample (never taken) within the first two steps; from then on
            // every line refuses it (the spec enables it: samples stays 0, below MaxSamples)
            for (int i = 2; i < events.size(); i++) {
                TraceEvent e = events.get(i);
                assertTrue(!e.action().equals("Sample"), "no Sample step is logged: " + e);
                assertEquals(List.of(ActionCall.of("Sample")), e.refused(), "seed " + seed + ", line " + (i + 1));
            }
        }
    }
}
