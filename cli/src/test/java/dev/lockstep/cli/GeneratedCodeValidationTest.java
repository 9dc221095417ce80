package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.runtime.choice.ExhaustiveChoice;
import dev.lockstep.runtime.itf.ItfCodec;
import dev.lockstep.runtime.choice.RandomChoice;
import dev.lockstep.runtime.machine.ActionCall;
import dev.lockstep.runtime.machine.SpecMachine;
import dev.lockstep.runtime.machine.StepRunner;
import dev.lockstep.runtime.trace.NativeLogCodec;
import dev.lockstep.runtime.trace.NdjsonTraceSink;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceWriter;
import dev.lockstep.runtime.value.Value;
import dev.lockstep.speclang.SpecParser;
import dev.lockstep.translator.Generation;
import dev.lockstep.translator.ModelConfig;
import dev.lockstep.translator.OutputDirectory;
import dev.lockstep.translator.Translator;
import dev.lockstep.validator.HostLaunch;
import dev.lockstep.validator.ValidationRequest;
import dev.lockstep.validator.ValidationResult;
import dev.lockstep.validator.Validator;
import dev.lockstep.validator.Verdict;
import java.io.File;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closes the loop between generate and validate: the log written by the generated code of a spec
 * conforms to the spec, and a seeded mutation of a generated effect makes validation fail exactly
 * at the first line the unmutated code could not have written.
 */
class GeneratedCodeValidationTest {
    private static final String SPEC = "TwoPhaseCommit";
    private static final Pattern ASSIGNMENT = Pattern.compile("^(\\s+Value (\\w+)1 = )(?!s\\.)(.+);$", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @Test
    void generatedLogConformsAndAMutatedEffectFailsAtTheMutatedStep() throws Exception {
        Path specDir = Path.of("..", "specs", SPEC);
        Path tla = specDir.resolve(SPEC + ".tla");
        Path cfg = specDir.resolve(SPEC + ".cfg");
        String cfgText = Files.readString(cfg);
        Generation g = Translator.generate(SpecParser.parse(tla), "loop", Optional.of(ModelConfig.parse(cfgText)), cfgText);
        Path src = dir.resolve("src");
        new OutputDirectory(src).write(g);
        ClassLoader original = compile(src, dir.resolve("classes"));
        Files.createDirectories(dir.resolve("work"));
        Validator validator = new Validator(HostLaunch.forTools(Tla2Tools.fromClasspath(), dir.resolve("work")));
        NativeLogCodec codec = new NativeLogCodec(new ItfCodec(ModelConfig.parse(cfgText).modelValues()));

        Path good = dir.resolve("good.ndjson");
        int steps = run(original, good, 17);
        ValidationResult ok = validator.validate(ValidationRequest.of(tla, cfg, List.of(good)));
        Verdict.Conforms conforms = assertInstanceOf(Verdict.Conforms.class, ok.verdict(), ok.verdict()::toString);
        assertEquals(steps + 1, conforms.events());

        // mutate one assignment in the successor enumeration of one action, chosen by a seeded random
        Path base = src.resolve("loop/" + SPEC + "Base.java");
        String code = Files.readString(base);
        List<int[]> sites = new ArrayList<>();
        Matcher m = ASSIGNMENT.matcher(code);
        while (m.find()) {
            // skip UNCHANGED (the value before the step, encoded): mutating it would change nothing
            if (!m.group(3).matches("([\\w.]+\\()?s\\." + m.group(2) + "\\(\\)\\)?")) {
                sites.add(new int[] {m.start(3), m.end(3)});
            }
        }
        assertTrue(sites.size() > 3, "assignments to mutate: " + sites.size());
        Random seeded = new Random(42);
        Path mutatedSrc = dir.resolve("mutated");
        Path bad = dir.resolve("bad.ndjson");
        for (int attempt = 0; attempt < 10; attempt++) {
            int[] site = sites.get(seeded.nextInt(sites.size()));
            String variable = variableAt(code, site[0]);
            // the variable's value before the step, as a TLA+ value (state records hold typed Java values)
            String mutated = code.substring(0, site[0]) + "s.variables().get(\"" + variable + "\")"
                    + code.substring(site[1]);
            new OutputDirectory(mutatedSrc).write(g);
            Files.writeString(mutatedSrc.resolve("loop/" + SPEC + "Base.java"), mutated);
            ClassLoader mutant = compile(mutatedSrc, dir.resolve("mutated-classes-" + attempt));
            run(mutant, bad, 17);
            long expected = firstLineTheOriginalCannotExplain(original, bad, codec);
            if (expected < 0) {
                continue; // this mutation was never exercised by the run: try another site
            }
            ValidationResult r = validator.validate(ValidationRequest.of(tla, cfg, List.of(bad)));
            Verdict.DoesNotConform no = assertInstanceOf(Verdict.DoesNotConform.class, r.verdict(), r.verdict()::toString);
            assertEquals(expected, no.witness().line(), () -> "mutated " + variable + "': " + no.witness());
            return;
        }
        throw new AssertionError("no seeded mutation changed the run");
    }

    private static String variableAt(String code, int rhsStart) {
        int lineStart = code.lastIndexOf('\n', rhsStart) + 1;
        Matcher m = Pattern.compile("Value (\\w+)1 = ").matcher(code.substring(lineStart, rhsStart));
        assertTrue(m.find());
        return m.group(1);
    }

    /** Runs the generated machine with a seeded random scheduler, logging to {@code log}; returns the steps taken. */
    @SuppressWarnings("unchecked")
    private static int run(ClassLoader loader, Path log, long seed) throws Exception {
        SpecMachine<Object> machine = machine(loader);
        try (TraceWriter w = TraceWriter.to(NdjsonTraceSink.create(log, NativeLogCodec.plain())).build()) {
            StepRunner<Object> runner = new StepRunner<>(machine, new RandomChoice(seed), w);
            runner.start();
            return runner.run(120);
        }
    }

    @SuppressWarnings("unchecked")
    private static SpecMachine<Object> machine(ClassLoader loader) throws Exception {
        Object constants = loader.loadClass("loop." + SPEC + "Constants").getMethod("fromConfig").invoke(null);
        return (SpecMachine<Object>) loader.loadClass("loop." + SPEC).getConstructor(constants.getClass())
                .newInstance(constants);
    }

    /**
     * The 1-based line of the first event that is not a successor the unmutated generated code
     * computes for the logged action and parameters (-1 when every line is one).
     */
    private static long firstLineTheOriginalCannotExplain(ClassLoader original, Path log, NativeLogCodec codec)
            throws Exception {
        SpecMachine<Object> machine = machine(original);
        Method of = original.loadClass("loop." + SPEC + "State").getMethod("of", Map.class);
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        Object before = of.invoke(null, codec.decode(lines.get(0), 1).state());
        for (int i = 1; i < lines.size(); i++) {
            TraceEvent e = codec.decode(lines.get(i), i + 1);
            Object after = of.invoke(null, e.state());
            Set<Object> successors = new HashSet<>();
            ExhaustiveChoice all = new ExhaustiveChoice();
            do {
                Object next = machine.step(before, new ActionCall(e.action(), e.params()), all);
                if (next != null) {
                    successors.add(next);
                }
            } while (all.advance());
            if (!successors.contains(after)) {
                return i + 1;
            }
            before = after;
        }
        return -1;
    }

    private static ClassLoader compile(Path src, Path classes) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<Path> sources;
        try (var walk = Files.walk(src)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        Files.createDirectories(classes);
        List<String> cp = new ArrayList<>();
        for (Class<?> c : new Class<?>[] {Value.class, ObjectMapper.class, JsonGenerator.class, JsonProperty.class}) {
            cp.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        StringWriter out = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(out, fm, null, List.of("-classpath", String.join(File.pathSeparator, cp), "-d",
                    classes.toString(), "-proc:none"), null, fm.getJavaFileObjectsFromPaths(sources)).call();
            assertTrue(ok, out::toString);
        }
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedCodeValidationTest.class.getClassLoader());
    }
}
