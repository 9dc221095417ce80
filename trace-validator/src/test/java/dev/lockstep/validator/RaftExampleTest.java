package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example examples/raft: a Raft service whose servers log only their own state. Its
 * logs, read through its mapping file examples/raft/raft.yaml, validate against specs/RaftLog; the
 * seeded bug (a leader that takes one server of three for a commit quorum) is caught at the first
 * premature commit, with the node, the line and the spec's false conjunct.
 */
class RaftExampleTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "raft").toAbsolutePath().normalize();
    private static final Path SPEC = Fixtures.librarySpec("RaftLog");

    @TempDir
    Path tmp;

    /** Compiles the example and runs its cluster: the per-node logs it writes. */
    private List<Path> run(String name, String... args) throws Exception {
        Path classes = tmp.resolve("classes");
        if (!Files.isDirectory(classes)) {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            List<String> sources = new ArrayList<>(List.of("-d", classes.toString()));
            try (Stream<Path> s = Files.walk(EXAMPLE.resolve("src/main/java"))) {
                s.filter(p -> p.toString().endsWith(".java")).forEach(p -> sources.add(p.toString()));
            }
            assertEquals(0, javac.run(null, null, null, sources.toArray(new String[0])), "the example compiles");
        }
        Path out = tmp.resolve(name);
        List<String> all = new ArrayList<>(List.of("--out", out.toString()));
        all.addAll(List.of(args));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            loader.loadClass("com.example.raft.Cluster").getMethod("main", String[].class)
                    .invoke(null, (Object) all.toArray(new String[0]));
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.sorted().toList();
        }
    }

    private ValidationResult validate(List<Path> logs) throws IOException, InterruptedException, SpecLoadException {
        return Fixtures.validator(tmp).validate(ValidationRequest.of(SPEC, EXAMPLE.resolve("RaftLog.cfg"), logs)
                .withMapping(EXAMPLE.resolve("raft.yaml")));
    }

    @Test
    void theServicesLogsConform() throws Exception {
        List<Path> logs = run("ok", "--events", "3000", "--seed", "1");
        assertEquals(3, logs.size(), "one log per server");
        ValidationResult r = validate(logs);
        Verdict.Conforms c = assertInstanceOf(Verdict.Conforms.class, r.verdict(), r.verdict().toString());
        assertTrue(c.events() > 2500, "every line but the timer ticks is a step: " + c.events());
    }

    @Test
    void theSeededCommitQuorumBugIsCaughtAtTheFirstPrematureCommit() throws Exception {
        List<Path> logs = run("bug", "--events", "3000", "--seed", "1", "--commit-quorum-bug");
        ValidationResult r = validate(logs);
        Verdict.DoesNotConform d = assertInstanceOf(Verdict.DoesNotConform.class, r.verdict(), r.verdict().toString());
        Verdict.Witness w = d.witness();
        assertEquals("node-1.ndjson", w.file().getFileName().toString());
        assertEquals(71, w.line());
        assertTrue(w.logged().contains("\"event\":\"Commit\""), w.logged());
        assertTrue(w.message().startsWith("node s1: AdvanceCommitIndex(s = s1) is not enabled"), w.message());
        // no index above the commit index has a majority: only s1 holds entry 2
        assertEquals("ok # {}", w.conjunct().text());
        assertEquals(List.of(new Verdict.Operand("ok", "{}"), new Verdict.Operand("{}", "{}")), w.conjunct().values());
        assertEquals(SPEC, w.conjunct().location().file(), "the location is in the user's spec, not a scratch copy");
        assertEquals(141, w.conjunct().location().line());
    }
}
