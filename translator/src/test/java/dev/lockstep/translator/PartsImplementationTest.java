package dev.lockstep.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.choice.RandomChoice;
import dev.lockstep.runtime.machine.SpecMachine;
import dev.lockstep.runtime.machine.StepRunner;
import dev.lockstep.runtime.trace.MemoryTraceSink;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceWriter;
import dev.lockstep.speclang.SpecParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Translation per part, end to end: the golden spec {@code Parts} has an operator constant, a
 * LET operator that takes an operator argument (not translated) and higher-order operators
 * with LAMBDA and named operator arguments. The generated code leaves exactly those parts to the
 * user; with them implemented in the user class (which regeneration keeps), the seeded run is a
 * behaviour TLC accepts step by step.
 */
class PartsImplementationTest {
    private static final Path SPEC_DIR = GoldenTest.GOLDEN.resolve("Parts");

    private static final String USER_CLASS = """
            package parts;

            import dev.lockstep.runtime.value.Tla;
            import dev.lockstep.runtime.value.Value;

            public class Parts extends PartsBase {
                public Parts(PartsConstants constants) {
                    super(constants);
                }

                @Override
                protected Value Hash(PartsState s, Value arg1) {
                    return Tla.integer(7); // HashOf in the model
                }

                @Override
                protected Value Pick_L28C13(PartsState s) {
                    long count = s.count(); // LET Apply(F(_), x) == F(x) IN Apply(LAMBDA a : a - count, count)
                    return Tla.integer(count - count);
                }
            }
            """;

    @Test
    void implementedPartsRunAsABehaviourTlcAccepts(@TempDir Path dir) throws Exception {
        SpecMachine<Object> machine = compile(dir, USER_CLASS);
        MemoryTraceSink sink = new MemoryTraceSink();
        try (TraceWriter log = TraceWriter.to(sink).build()) {
            StepRunner<Object> runner = new StepRunner<>(machine, new RandomChoice(7), log);
            runner.start();
            runner.run(12);
        }
        List<TraceEvent> events = sink.events();
        Set<String> actions = new TreeSet<>();
        events.forEach(e -> actions.add(e.action()));
        assertEquals(Set.of("Init", "Bump", "Pick"), actions, "both actions ran: " + events);
        TlcConformanceTest.assertTlcWalks("Parts", SPEC_DIR, events, dir);
    }

    @Test
    void anActionThatReachesAPartNotImplementedYetIsLeftOutAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        // Hash implemented, Pick's part still the stub generate writes: Pick is skipped, Bump runs
        String partial = USER_CLASS.replaceFirst("(?s)long count = s.count\\(\\);.*?count - count\\);",
                "throw new UnsupportedOperationException(\"TODO: implement Pick_L28C13\");");
        assertTrue(partial.contains("TODO: implement Pick_L28C13"), partial);
        SpecMachine<Object> machine = compile(dir, partial);
        MemoryTraceSink sink = new MemoryTraceSink();
        StepRunner<Object> runner;
        try (TraceWriter log = TraceWriter.to(sink).build()) {
            runner = new StepRunner<>(machine, new RandomChoice(7), log);
            runner.start();
            runner.run(12);
        }
        List<TraceEvent> events = sink.events();
        assertTrue(events.size() > 1, "no step taken: " + events);
        assertTrue(events.stream().skip(1).allMatch(e -> e.action().equals("Bump")), events::toString);
        // Bump(p) puts Hash(p) = 7 into seen: then only Pick could go on, and it is left out
        assertTrue(runner.deadlocked(), events::toString);
    }

    /** The generated code of Parts with {@code userClass} as the user class (written before generation), compiled. */
    private static SpecMachine<Object> compile(Path dir, String userClass) throws Exception {
        String cfgText = Files.readString(SPEC_DIR.resolve("Parts.cfg"));
        Generation g = Translator.generate(SpecParser.parse(SPEC_DIR.resolve("Parts.tla")), "parts",
                Optional.of(ModelConfig.parse(cfgText)), cfgText);
        assertEquals(List.of("Hash", "Pick_L28C13"), g.untranslated(), "only the parts outside the subset are left");
        assertEquals(List.of("Bump", "Pick"), g.actions());

        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("parts"));
        Files.writeString(src.resolve("parts/Parts.java"), userClass);
        new OutputDirectory(src).write(g);
        assertEquals(userClass, Files.readString(src.resolve("parts/Parts.java")), "the user class is never overwritten");
        JavaCompilation.Result compiled = JavaCompilation.compile(src, dir.resolve("classes"));
        assertTrue(compiled.ok(), compiled::messages);

        ClassLoader loader = compiled.loader();
        Object constants = loader.loadClass("parts.PartsConstants").getMethod("fromConfig").invoke(null);
        @SuppressWarnings("unchecked")
        SpecMachine<Object> machine = (SpecMachine<Object>) loader.loadClass("parts.Parts")
                .getConstructor(constants.getClass()).newInstance(constants);
        return machine;
    }
}
