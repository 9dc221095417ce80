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

    /** A corpus model's generated classes, compiled: {@link #newMachine()} makes a fresh machine. */
    record Compiled(Class<?> type, Object constants) {
        @SuppressWarnings("unchecked")
        dev.lockstep.runtime.machine.SpecMachine<Object> newMachine() throws ReflectiveOperationException {
            return (dev.lockstep.runtime.machine.SpecMachine<Object>) type.getConstructor(constants.getClass())
                    .newInstance(constants);
        }
    }

    /** Writes {@code g}, the generation of corpus model {@code name}, under {@code dir} and compiles it. */
    static Compiled compile(Generation g, String name, Path dir) throws Exception {
        new OutputDirectory(dir.resolve("src")).write(g);
        JavaCompilation.Result compiled = JavaCompilation.compile(dir.resolve("src"), dir.resolve("classes"));
        assertTrue(compiled.ok(), compiled::messages);
        ClassLoader loader = compiled.loader();
        String pkg = "corpus." + name.toLowerCase() + ".";
        Object constants = loader.loadClass(pkg + name + "Constants").getMethod("fromConfig").invoke(null);
        return new Compiled(loader.loadClass(pkg + name), constants);
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

    @Test
    void messagesSequencesOfRecordsAndNilUnionsGetJavaTypes() throws IOException {
        Generation lease = generate("LeaseMessages");
        String state = content(lease, "LeaseMessagesState.java");
        assertTrue(state.contains("public record LeaseMessagesState(Set<LeaseMessagesState.Msg> net,"), state);
        assertTrue(state.contains("public sealed interface Msg permits Acquire, Grant, Release, Reset, Shutdown {"), state);
        assertTrue(state.contains("public record Grant(LeaseMessagesConstants.ClientValue to_, long term) implements Msg {"),
                state);
        assertTrue(state.contains("public record Shutdown() implements Msg {"), state);
        assertEquals(List.of(), lease.typing().untyped(), "LMTypeOK types every variable: the config names it");

        String log = content(generate("ReplicaLogRecords"), "ReplicaLogRecordsState.java");
        assertTrue(log.contains("public record ReplicaLogRecordsState(List<ReplicaLogRecordsState.WriteRecord> pending,"),
                log);
        assertTrue(log.contains("Map<ReplicaLogRecordsConstants.ReplicaValue, List<ReplicaLogRecordsState.EntryRecord>> log"),
                log);

        Generation vote = generate("NilLeaderVote");
        String nil = content(vote, "NilLeaderVoteState.java");
        assertTrue(nil.contains("public record NilLeaderVoteState(Optional<NilLeaderVoteConstants.ServerValue> leader,"), nil);
        assertTrue(nil.contains("Map<NilLeaderVoteConstants.ServerValue, Optional<NilLeaderVoteConstants.ServerValue>> votedFor"),
                nil);
        assertTrue(nil.contains("Optional<Long> lastTerm"), nil);
        assertTrue(nil.contains("public sealed interface Decision permits None, Some {"), nil);
        assertEquals(List.of("leader", "votedFor", "lastTerm", "decision"), vote.typing().variables());
        assertEquals(List.of(), vote.typing().untyped());
    }

    @Test
    void typeInvariantsOfInstancesTypeTheVariablesTheyAreSubstitutedFor() throws IOException {
        // TypeOK == In!TypeInvariant /\ Out!TypeInvariant /\ held \in Data \cup {NoValue}
        assertEquals(List.of(), generate("ChannelPair").typing().untyped());
        assertEquals(List.of(), generate("InstanceChannel").typing().untyped());
        // LeaseTypeOK == C!ClockTypeOK /\ holder \in Node \cup {Free} /\ ...: time is C's now
        assertFalse(generate("ClockedLease").typing().untyped().contains("time"));
    }

    @Test
    void standardOperatorsTlcEvaluatesAreTranslated() throws IOException {
        // BagUnion, SubBag, BagOfAll, \sqsubseteq, SortSeq and SelectSeq with a LAMBDA, RandomElement,
        // FoldSet (FiniteSetsExt) with a LAMBDA: nothing is left for the user
        Generation g = generate("BagWarehouse");
        assertEquals(List.of(), g.untranslated());
        assertEquals(List.of("Restock", "Request", "Cancel", "Pick", "Audit"), g.actions());
        String base = content(g, "BagWarehouseBase.java");
        for (String call : List.of("TlaBags.bagUnion(", "TlaBags.subBag(", "TlaBags.bagOfAll(", "TlaBags.subBagEq(",
                "Tla.sortSeq(", "Tla.selectSeq(", "Tla.randomElement(")) {
            assertTrue(base.contains(call), call);
        }
    }

    @Test
    void recursiveFunctionsOfSeveralArgumentsAreTranslated() throws IOException {
        // Routes[i \in 0..Size, j \in 0..Size] (top level, applied as Routes[i, j], Routes[<<i, j>>] and
        // used as a value in DOMAIN Routes) and LET cost[a \in 0..Size, b \in 0..Size]
        Generation g = generate("GridRoutes");
        assertEquals(List.of(), g.untranslated());
        String base = content(g, "GridRoutesBase.java");
        assertTrue(base.contains("public Value Routes(GridRoutesState s, Value args) {"), base);
        assertTrue(base.contains("Routes(s, Tla.tuple("), base);
    }

    private static String content(Generation g, String file) {
        return g.files().stream().filter(f -> f.relativePath().endsWith("/" + file)).findFirst().orElseThrow().content();
    }
}
