package dev.lockstep.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The field corpus (specs/corpus): every model with behaviour generates Java that compiles
 * (multi-module specs, config overrides, names built to collide with Java), and the shapes each
 * model was written for come out as they should.
 */
class CorpusGenerationTest {
    static final Path CORPUS = SpecsCompileTest.SPECS.resolve("corpus");

    static Stream<String> models() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            return Stream.empty();
        }
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(d.getFileName() + ".tla")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Generation generate(String name) throws IOException {
        return SpecsCompileTest.generate("corpus/" + name, name, "corpus." + name.toLowerCase());
    }

    /** Models with no behaviour (only ASSUMEs), which generate refuses. */
    private static final java.util.Set<String> ASSUME_ONLY = java.util.Set.of("AssumeOnly");

    @ParameterizedTest
    @MethodSource("models")
    void generatedCodeCompiles(String name, @TempDir Path dir) throws IOException {
        Generation g = generate(name);
        if (ASSUME_ONLY.contains(name)) {
            assertTrue(g.files().isEmpty());
            assertEquals(List.of(DiagnosticCode.LS701_NO_NEXT_STATE_RELATION),
                    g.diagnostics().stream().map(Diagnostic::code).toList());
            return;
        }
        assertTrue(g.diagnostics().stream().noneMatch(Diagnostic::isError), () -> g.diagnostics().toString());
        new OutputDirectory(dir.resolve("src")).write(g);
        JavaCompilation.Result r = JavaCompilation.compile(dir.resolve("src"), dir.resolve("classes"));
        assertTrue(r.ok(), r::messages);
    }

    @Test
    void modelModulesAndInstancesGiveTheWholeSpec() throws IOException {
        Generation mc = generate("MCTwoPhase");
        assertEquals(List.of("TMCommit", "TMAbort", "TMRcvPrepared", "RMPrepare", "RMChooseToAbort", "RMRcvCommitMsg",
                "RMRcvAbortMsg"), mc.actions());
        assertFalse(mc.untranslated().contains("TPInit"), mc.untranslated()::toString);
        Generation pair = generate("ChannelPair");
        assertEquals(List.of("Arrive", "Take", "Forward", "Deliver"), pair.actions());
        assertEquals(List.of(), pair.untranslated(), "Init == In!Init /\\ Out!Init /\\ ... is translated");
        assertEquals(List.of(), generate("BufferInstance").untranslated(), "Init == BufInit /\\ ... is translated");
    }

    @Test
    void namesThatCollideWithJavaAreRenamedAndStillLogTheSpecNames() throws IOException {
        String state = content(generate("Elevator"), "ElevatorState.java");
        assertTrue(state.contains("public record ElevatorState(ElevatorState.ElevatorStateValue ElevatorState_2,"),
                state);
        assertTrue(state.contains("List.of(\"ElevatorState\", \"floor\", \"calls\")"), state);
        String clash = content(generate("JavaNameClash"), "JavaNameClashState.java");
        assertTrue(clash.contains("List.of(\"class\", \"record\", \"Object\")"), clash);
        assertFalse(clash.contains(" class,") || clash.contains(" record,"), clash);
    }

    private static String content(Generation g, String file) {
        return g.files().stream().filter(f -> f.relativePath().endsWith("/" + file)).findFirst().orElseThrow().content();
    }
}
