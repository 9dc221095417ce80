package dev.lockstep.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.check.CheckRequest;
import dev.lockstep.bridge.check.CheckResult;
import dev.lockstep.bridge.check.ModelSpec;
import dev.lockstep.bridge.check.Outcome;
import dev.lockstep.bridge.check.TlcRunner;
import dev.lockstep.runtime.choice.RandomChoice;
import dev.lockstep.runtime.machine.SpecMachine;
import dev.lockstep.runtime.machine.StepRunner;
import dev.lockstep.runtime.trace.MemoryTraceSink;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceWriter;
import dev.lockstep.runtime.value.SetValue;
import dev.lockstep.runtime.value.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the generated code of every spec under a seeded random scheduler and lets TLC check each
 * step: the log becomes a trace-checking module ({@code TraceNext} requires, at step k, the logged
 * action with the logged parameters and the logged state as its successor), and TLC must walk the
 * whole trace (the invariant {@code lsIdx < N} is violated only at the end); a deadlock means a
 * step the spec does not allow.
 */
class TlcConformanceTest {
    static final int STEPS = 2000;

    static List<String> specs() throws Exception {
        return SpecsCompileTest.specs().toList();
    }

    @ParameterizedTest
    @MethodSource("specs")
    void seededRunIsABehaviourOfTheSpec(String name, @TempDir Path dir) throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(SpecsCompileTest.SPECS.resolve("manifest.json").toFile());
        for (JsonNode m : manifest.get("models")) {
            Assumptions.assumeFalse(m.get("name").asText().equals(name) && m.at("/expected/exitCode").asInt() == 10,
                    "an ASSUME of " + name + " is false: TLC checks no behaviour of it");
        }
        String pkg = "conf." + name.toLowerCase();
        Generation g = SpecsCompileTest.generate(name, pkg);
        Assumptions.assumeTrue(g.untranslated().isEmpty(),
                "only specs wholly inside the translatable subset run without a user implementation: " + g.untranslated());
        new OutputDirectory(dir.resolve("src")).write(g);
        JavaCompilation.Result compiled = JavaCompilation.compile(dir.resolve("src"), dir.resolve("classes"));
        assertTrue(compiled.ok(), compiled::messages);
        String type = g.files().stream()
                .filter(f -> f.ownership() == GeneratedFile.Ownership.USER && !f.relativePath().endsWith("Main.java"))
                .findFirst().orElseThrow().relativePath().replaceAll(".*/", "").replace(".java", "");
        ClassLoader loader = compiled.loader();
        Object constants = loader.loadClass(pkg + "." + type + "Constants").getMethod("fromConfig").invoke(null);
        @SuppressWarnings("unchecked")
        SpecMachine<Object> machine = (SpecMachine<Object>) loader.loadClass(pkg + "." + type)
                .getConstructor(constants.getClass()).newInstance(constants);

        MemoryTraceSink sink = new MemoryTraceSink();
        int taken;
        try (TraceWriter log = TraceWriter.to(sink).build()) {
            StepRunner<Object> runner = new StepRunner<>(machine, new RandomChoice(name.hashCode()), log);
            runner.start();
            taken = runner.run(STEPS);
        }
        List<TraceEvent> events = sink.events();
        assertEquals(taken + 1, events.size());
        assertTrue(taken > 0, "no step was taken");
        assertTlcWalks(name, SpecsCompileTest.SPECS.resolve(name), events, dir);
    }

    /**
     * Asserts that TLC walks the whole logged behaviour {@code events} of spec {@code name} (in
     * {@code specDir}, with its {@code .cfg}): every step is the logged action, with the logged
     * parameters, from the logged state to the next one.
     */
    static void assertTlcWalks(String name, Path specDir, List<TraceEvent> events, Path dir) throws Exception {
        ModelConfig cfg = ModelConfig.parse(Files.readString(specDir.resolve(name + ".cfg")));
        Path work = dir.resolve("tlc");
        Files.createDirectories(work);
        Files.copy(specDir.resolve(name + ".tla"), work.resolve(name + ".tla"));
        String traceModule = name + "_Trace";
        Files.writeString(work.resolve(traceModule + ".tla"), traceModule(name, traceModule, cfg, events));
        Files.writeString(work.resolve(traceModule + ".cfg"), traceConfig(cfg));
        CheckRequest req = CheckRequest.of(work.resolve(traceModule + ".tla"), Tla2Tools.fromClasspath())
                .withModel(ModelSpec.fromFiles(work.resolve(traceModule + ".cfg")))
                .withWork(dir.resolve("tlc-work"), false);
        CheckResult r = new TlcRunner().run(req, TlcRunner.SILENT);
        if (System.getProperty("lockstep.keepTrace") != null) {
            Files.createDirectories(Path.of(System.getProperty("lockstep.keepTrace")));
            Files.copy(work.resolve(traceModule + ".tla"), Path.of(System.getProperty("lockstep.keepTrace"), traceModule + ".tla"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (r.outcome() == Outcome.DEADLOCK_FAILURE && r.trace().isPresent()) {
            int stuck = r.trace().get().states().size();
            TraceEvent bad = events.get(Math.min(stuck, events.size() - 1));
            throw new AssertionError("TLC rejects step " + stuck + " of the generated run: " + bad.action() + " "
                    + bad.params() + " from " + events.get(stuck - 1).state() + " to " + bad.state());
        }
        assertEquals(Outcome.SAFETY_FAILURE, r.outcome(), () -> "TLC did not walk the whole trace: " + r.outcome()
                + " " + r.diagnostics() + " " + r.violation());
        assertEquals("TraceNotDone", r.violation().orElseThrow().property());
        assertEquals(events.size(), r.trace().orElseThrow().states().size());
        assertFalse(r.diagnostics().stream().anyMatch(d -> d.isError()), r.diagnostics()::toString);
    }

    private static String traceModule(String spec, String module, ModelConfig cfg, List<TraceEvent> events) {
        StringBuilder sb = new StringBuilder();
        sb.append("---- MODULE ").append(module).append(" ----\n");
        sb.append("EXTENDS ").append(spec).append(", TLC, Naturals, Sequences\n");
        Set<String> declared = new TreeSet<>(cfg.modelValues());
        declared.removeAll(cfg.constants().keySet());
        if (!declared.isEmpty()) {
            sb.append("CONSTANTS ").append(String.join(", ", declared)).append('\n');
        }
        sb.append("VARIABLE lsIdx\n");
        List<String> vars = new ArrayList<>(events.get(0).state().keySet());
        StringJoiner states = new StringJoiner(",\n  ", "TraceState == <<\n  ", ">>\n");
        for (TraceEvent e : events) {
            StringJoiner rec = new StringJoiner(", ", "[", "]");
            e.state().forEach((k, v) -> rec.add(k + " |-> " + v.toTla()));
            states.add(rec.toString());
        }
        sb.append(states);
        StringJoiner init = new StringJoiner(" /\\ ", "TraceInit == lsIdx = 1 /\\ ", " /\\ Init\n");
        vars.forEach(v -> init.add(v + " = TraceState[1]." + v));
        sb.append(init);
        Map<String, List<Integer>> byCall = new LinkedHashMap<>();
        for (int i = 1; i < events.size(); i++) {
            TraceEvent e = events.get(i);
            StringJoiner call = new StringJoiner(", ", e.action() + (e.params().isEmpty() ? "" : "("),
                    e.params().isEmpty() ? "" : ")");
            for (Value p : e.params().values()) {
                call.add(p.toTla());
            }
            byCall.computeIfAbsent(call.toString(), k -> new ArrayList<>()).add(i);
        }
        StringJoiner primed = new StringJoiner(" /\\ ");
        vars.forEach(v -> primed.add(v + "' = TraceState[lsIdx + 1]." + v));
        sb.append("TraceNext ==\n");
        for (Map.Entry<String, List<Integer>> e : byCall.entrySet()) {
            StringJoiner idx = new StringJoiner(", ", "{", "}");
            e.getValue().forEach(i -> idx.add(String.valueOf(i)));
            sb.append("  \\/ lsIdx \\in ").append(idx).append(" /\\ ").append(e.getKey()).append(" /\\ ")
                    .append(primed).append(" /\\ lsIdx' = lsIdx + 1\n");
        }
        sb.append("TraceNotDone == lsIdx < ").append(events.size()).append('\n');
        sb.append("====\n");
        return sb.toString();
    }

    private static String traceConfig(ModelConfig cfg) {
        StringBuilder sb = new StringBuilder("CONSTANTS\n");
        cfg.constants().forEach((k, v) -> sb.append("  ").append(k).append(" = ").append(cfgValue(v)).append('\n'));
        cfg.substituted().forEach((k, v) -> sb.append("  ").append(k).append(" <- ").append(v).append('\n'));
        for (String mv : cfg.modelValues()) {
            if (!cfg.constants().containsKey(mv)) {
                sb.append("  ").append(mv).append(" = ").append(mv).append('\n');
            }
        }
        sb.append("INIT TraceInit\nNEXT TraceNext\nINVARIANT TraceNotDone\n");
        return sb.toString();
    }

    private static String cfgValue(Value v) {
        if (v instanceof SetValue s) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            s.elements().forEach(e -> j.add(cfgValue(e)));
            return j.toString();
        }
        return v.toTla();
    }
}
