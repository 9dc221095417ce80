package dev.lockstep.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.SpecParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** For every spec in specs/: generate, then compile the output with javac (warnings are errors). */
class SpecsCompileTest {
    static final Path SPECS = Path.of("..", "specs");

    static Stream<String> specs() throws IOException {
        try (Stream<Path> dirs = Files.list(SPECS)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(d.getFileName() + ".tla")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Generation generate(String name, String pkg) throws IOException {
        return generate(name, name, pkg);
    }

    /** Generates model {@code name} from folder {@code folder} of specs/. */
    static Generation generate(String folder, String name, String pkg) throws IOException {
        Path tla = SPECS.resolve(folder).resolve(name + ".tla");
        Path cfg = SPECS.resolve(folder).resolve(name + ".cfg");
        ParseResult parsed = SpecParser.parse(tla);
        String cfgText = Files.exists(cfg) ? Files.readString(cfg) : "";
        Optional<ModelConfig> config = Files.exists(cfg) ? Optional.of(ModelConfig.parse(cfgText)) : Optional.empty();
        return Translator.generate(parsed, pkg, config, cfgText);
    }

    @ParameterizedTest
    @MethodSource("specs")
    void generatedCodeCompiles(String name, @TempDir Path dir) throws IOException {
        Generation g = generate(name, "gen." + name.toLowerCase());
        assertFalse(g.files().isEmpty(), () -> "no files: " + g.diagnostics());
        assertTrue(g.diagnostics().stream().noneMatch(d -> d.isError()), () -> g.diagnostics().toString());
        new OutputDirectory(dir.resolve("src")).write(g);
        JavaCompilation.Result r = JavaCompilation.compile(dir.resolve("src"), dir.resolve("classes"));
        assertTrue(r.ok(), () -> r.messages());
    }

    @Test
    void stateAndParametersAreTypedFromTheSpec() throws IOException {
        String tpc = content(generate("TwoPhaseCommit", "types.tpc"), "TwoPhaseCommitState.java");
        // TypeOK: rmState \in [RM -> {"working", ...}], tmState \in {"init", ...}, tmPrepared \in SUBSET RM,
        // msgs \in SUBSET Message (a union of record sets: the sealed Message interface)
        assertTrue(tpc.contains("public record TwoPhaseCommitState(Map<TwoPhaseCommitConstants.RMValue, "
                + "TwoPhaseCommitState.RmState> rmState,\n        TwoPhaseCommitState.TmState tmState,\n"
                + "        Set<TwoPhaseCommitConstants.RMValue> tmPrepared,\n        Set<TwoPhaseCommitState.Message> msgs) {"), tpc);
        assertTrue(tpc.contains("public enum TmState {\n        INIT(\"init\"),"), tpc);
        String tpcBase = content(generate("TwoPhaseCommit", "types.tpc"), "TwoPhaseCommitBase.java");
        assertTrue(tpcBase.contains("public boolean RMPrepareGuard(TwoPhaseCommitState s, TwoPhaseCommitConstants.RMValue r)"),
                tpcBase);
        // Paxos: maxBal \in [Acceptor -> Ballot \cup {-1}] with Ballot == Nat
        String paxos = content(generate("Paxos", "types.paxos"), "PaxosState.java");
        assertTrue(paxos.contains("Map<PaxosConstants.AcceptorValue, Long> maxBal"), paxos);
        // no type invariant in Mutex: lock = "free" in Init, but lock' = self later, so no String
        String mutex = content(Translator.generate(SpecParser.parse(Path.of("src/test/resources/golden/Mutex/Mutex.tla")),
                "types.mutex", Optional.empty(), ""), "MutexState.java");
        assertTrue(mutex.contains("public record MutexState(Value lock,\n        long entered,"), mutex);
    }

    private static String content(Generation g, String file) {
        return g.files().stream().filter(f -> f.relativePath().endsWith("/" + file)).findFirst().orElseThrow().content();
    }

    @Test
    void environmentInterfacesStateTheSpecsAssumptions() throws IOException {
        Generation mq = generate("MessageQueue", "env.mq");
        String env = mq.files().stream().filter(f -> f.relativePath().endsWith("MessageQueueEnvironment.java"))
                .findFirst().orElseThrow().content();
        assertTrue(env.contains("interface Inflight {"), env);
        assertTrue(env.contains("Lossy: messages are lost by LoseDelivery (removed, nothing else changes)."), env);
        assertTrue(env.contains("Duplicates: a message stays in the set when it is received (by Deliver)"), env);
        Generation lease = generate("LeaseService", "env.lease");
        String leaseEnv = lease.files().stream().filter(f -> f.relativePath().endsWith("LeaseServiceEnvironment.java"))
                .findFirst().orElseThrow().content();
        assertTrue(leaseEnv.contains("Ordered (FIFO)"), leaseEnv);
        assertTrue(leaseEnv.contains("default void enqueue(Value message) {"), leaseEnv);
        assertTrue(env.contains("default void lose(Value message) {"), env);
        Generation tpc = generate("TwoPhaseCommit", "env.tpc");
        String tpcEnv = tpc.files().stream().filter(f -> f.relativePath().endsWith("TwoPhaseCommitEnvironment.java"))
                .findFirst().orElseThrow().content();
        assertTrue(tpcEnv.contains("Reliable: no action of the spec loses a message."), tpcEnv);
        assertFalse(tpcEnv.contains("interface TmPrepared"), "a grow-only set of RM names is not a network: " + tpcEnv);
    }
}
