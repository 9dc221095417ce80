package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path counter(int bound) throws IOException {
        write("Counter.cfg", "INIT Init\nNEXT Next\nINVARIANT Small\n");
        return write("Counter.tla", """
                ---- MODULE Counter ----
                EXTENDS Naturals
                VARIABLES x, y
                Init == x = 0 /\\ y = "a"
                Inc == x < 5 /\\ x' = x + 1 /\\ UNCHANGED y
                Flip == (y' = IF y = "a" THEN "b" ELSE "a") /\\ UNCHANGED x
                Next == Inc \\/ Flip
                Small == x < %d
                ====
                """.formatted(bound));
    }

    @Test
    void successJson() throws IOException {
        Path spec = counter(10);
        CliRun r = CliRun.run("check", spec.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals("success", j.get("result").asText());
        assertEquals(12, j.get("distinctStates").asInt());
        // 10 states with x < 5 have two successors, the 2 with x = 5 have one, plus the initial state
        assertEquals(10 * 2 + 2 + 1, j.get("totalStates").asInt());
        assertEquals(7, j.get("depth").asInt());
        assertTrue(j.get("violation").isNull());
        assertTrue(j.get("trace").isNull());
        assertEquals(0, j.get("exitCode").asInt());
    }

    @Test
    void livenessCheckTakesPeriodicOrFinal() throws IOException {
        Path spec = counter(10);
        CliRun ok = CliRun.run("check", spec.toString(), "--json", "--liveness-check", "final");
        assertEquals(0, ok.exitCode(), ok.err());
        assertEquals(12, JSON.readTree(ok.out()).get("distinctStates").asInt());
        CliRun bad = CliRun.run("check", spec.toString(), "--liveness-check", "sometimes");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--liveness-check takes periodic or final, not 'sometimes'"), bad.err());
    }

    @Test
    void safetyViolationJsonHasItfTrace() throws IOException {
        Path spec = counter(2);
        CliRun r = CliRun.run("check", spec.toString(), "--json");
        assertEquals(12, r.exitCode(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals("safety failure", j.get("result").asText());
        assertEquals("invariant", j.at("/violation/kind").asText());
        assertEquals("Small", j.at("/violation/property").asText());
        JsonNode states = j.at("/trace/states");
        assertEquals(3, states.size());
        assertEquals("Init", states.get(0).at("/#meta/action").asText());
        assertEquals("Inc", states.get(2).at("/#meta/action").asText());
        assertEquals(2, states.get(2).get("x").asInt());
        assertEquals("a", states.get(2).get("y").asText());
        assertEquals("[\"x\",\"y\"]", j.at("/trace/vars").toString());
    }

    @Test
    void humanTraceShowsOnlyChangedVariablesUnlessFullStates() throws IOException {
        Path spec = counter(2);
        CliRun r = CliRun.run("check", spec.toString());
        assertEquals(12, r.exitCode());
        assertTrue(r.out().contains("Safety violation: invariant Small is violated."), r.out());
        assertTrue(r.out().contains("  3: Inc  "), r.out());
        String step3 = r.out().substring(r.out().indexOf("  3: Inc"));
        assertTrue(step3.contains("x = 2"), step3);
        assertFalse(step3.split("\n\n")[0].contains("y = "), step3);
        CliRun full = CliRun.run("check", spec.toString(), "--full-states");
        String fstep3 = full.out().substring(full.out().indexOf("  3: Inc"));
        assertTrue(fstep3.contains("y = \"a\""), fstep3);
        assertTrue(fstep3.contains("* x = 2"), fstep3);
    }

    @Test
    void flagsWriteTheModel() throws IOException {
        write("Bounded.tla", """
                ---- MODULE Bounded ----
                EXTENDS Naturals
                CONSTANT N
                VARIABLE x
                Init == x = 0
                Next == x < N /\\ x' = x + 1
                Inv == x <= N
                ====
                """);
        CliRun r = CliRun.run("check", dir.resolve("Bounded.tla").toString(), "--init", "Init", "--next", "Next",
                "--inv", "Inv", "--const", "N=4", "--no-deadlock", "--json");
        assertEquals(0, r.exitCode(), r.err() + r.out());
        assertEquals(5, JSON.readTree(r.out()).get("distinctStates").asInt());
        CliRun dl = CliRun.run("check", dir.resolve("Bounded.tla").toString(), "--init", "Init", "--next", "Next",
                "--const", "N=4");
        assertEquals(11, dl.exitCode(), dl.err());
    }

    @Test
    void specErrorsPrintLocatedDiagnosticsWithoutStackTraces() throws IOException {
        Path bad = write("Bad.tla", "---- MODULE Bad ----\nVARIABLE x\nInit == x = \nNext == x' = x\n====\n");
        write("Bad.cfg", "INIT Init\nNEXT Next\n");
        CliRun r = CliRun.run("check", bad.toString());
        assertEquals(150, r.exitCode());
        assertTrue(r.err().contains(bad + ":3:"), r.err());
        assertTrue(r.err().contains(": error: "), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        CliRun missing = CliRun.run("check", dir.resolve("Missing.tla").toString());
        assertEquals(150, missing.exitCode());
        assertTrue(missing.err().contains("no such spec file"), missing.err());
    }

    @Test
    void configErrorsExit151() throws IOException {
        Path spec = counter(10);
        write("Broken.cfg", "INIT Init\nNEXT Next\nINVARIANT NoSuch\n");
        CliRun r = CliRun.run("check", spec.toString(), "--config", dir.resolve("Broken.cfg").toString());
        assertEquals(151, r.exitCode());
        assertTrue(r.err().contains("Broken.cfg:3:11: error:"), r.err());
    }

    @Test
    void unusableTla2ToolsIsSystemError() throws IOException {
        Path spec = counter(10);
        CliRun r = CliRun.run("check", spec.toString(), "--tla2tools", dir.resolve("nope.jar").toString());
        assertEquals(153, r.exitCode());
        assertTrue(r.err().contains("does not exist"), r.err());
        Path junk = write("junk.jar", "junk");
        CliRun env = CliRun.runWithEnv(Map.of("LOCKSTEP_TLA2TOOLS", junk.toString()), "check", spec.toString());
        assertEquals(153, env.exitCode());
        assertTrue(env.err().contains("cannot open tla2tools jar"), env.err());
        assertFalse(env.err().contains("\tat "), env.err());
    }

    @Test
    void explicitTla2ToolsJarIsUsed() throws IOException {
        Path spec = counter(10);
        Path jar = dev.lockstep.bridge.Tla2Tools.fromClasspath().classpath();
        CliRun r = CliRun.run("check", spec.toString(), "--tla2tools", jar.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void constantsTheSpecDoesNotDeclareAreWarningsAndTlcDecides() throws IOException {
        Path spec = counter(10);
        write("Typo.cfg", "INIT Init\nNEXT Next\n\\* N is not a constant of Counter\nCONSTANTS\n  Nodes = {n1, n2}\n");
        CliRun r = CliRun.run("check", spec.toString(), "--config", dir.resolve("Typo.cfg").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("Typo.cfg:5:3: warning: the configuration assigns Nodes"), r.err());
        assertTrue(r.err().contains("[LS503]"), r.err());
        // a name the spec defines may be overridden: Lockstep lets it through and TLC decides
        // (here TLC rejects a value for an invariant: "The invariant of Small is equal to 3")
        CliRun flag = CliRun.run("check", spec.toString(), "--const", "Small=3");
        assertFalse(flag.err().contains("LS503"), flag.err());
        assertTrue(flag.err().contains("The invariant of Small is equal to 3"), flag.err());
    }

    @Test
    void constantsOfModulesOnTheLibraryPathAreDeclared(@TempDir Path lib) throws IOException {
        Files.writeString(lib.resolve("Quorums.tla"), "---- MODULE Quorums ----\nCONSTANT QuorumSize\n====\n");
        Path spec = write("UsesQuorums.tla", """
                ---- MODULE UsesQuorums ----
                EXTENDS Naturals, Quorums, FiniteSetsExt
                VARIABLE x
                Init == x = QuorumSize
                Next == UNCHANGED x
                ====
                """);
        write("UsesQuorums.cfg", "CONSTANTS\n  QuorumSize = 2\nINIT Init\nNEXT Next\n");
        CliRun r = CliRun.run("check", spec.toString(), "--library", lib.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(r.err().contains("LS503"), r.err());
    }

    @Test
    void namesUsedAsModelValuesOrScopedAreAcceptedSilently() throws IOException {
        Path spec = counter(10);
        // the Toolbox's shapes: a model value assigned to itself, a plain value then a set naming it,
        // entries scoped to another module or reached through an instance
        write("Toolbox.cfg", """
                CONSTANTS
                  v1 = v1
                  s1 = 1  s2 = 2
                  Server = {s1, s2, v1}
                  Inst!N = 3
                INIT Init NEXT Next
                """);
        CliRun r = CliRun.run("check", spec.toString(), "--config", dir.resolve("Toolbox.cfg").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("the configuration assigns Server"), r.err());
        assertEquals(1, r.err().split("LS503", -1).length - 1, r.err());
        assertFalse(r.err().contains("assigns v1") || r.err().contains("assigns s1") || r.err().contains("Inst!N"), r.err());
    }

    @Test
    void aSyntaxErrorWithoutConfigIsReportedWithTheMissingConfig() throws IOException {
        Path spec = write("Typo.tla", "---- MODULE Typo ----\nVARIABLE x\nInit == x = \n====\n");
        CliRun r = CliRun.run("check", spec.toString());
        assertEquals(150, r.exitCode(), r.err());
        assertTrue(r.err().contains("Typo.tla:"), r.err());
        assertTrue(r.err().contains("[LS401]"), r.err());
        assertTrue(r.err().contains("no model configuration"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aMalformedConfigIsOneLocatedError() throws IOException {
        Path spec = counter(10);
        write("Bad.cfg", "INIT Init\nNEXT Next\nCONSTANT N = -1\n");
        CliRun r = CliRun.run("check", spec.toString(), "--config", dir.resolve("Bad.cfg").toString());
        assertEquals(151, r.exitCode(), r.err());
        assertTrue(r.err().contains("Bad.cfg:3:14: error: TLC reads no negative integers in a configuration"), r.err());
        assertTrue(r.err().contains("[LS501]"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void distributedWithLocalWorkersPrintsHowToJoinAndMatchesSingleProcess() throws IOException {
        Path spec = counter(10);
        // a free port below Linux's ephemeral range (32768-60999), which the kernel never hands out
        // by itself: one from new ServerSocket(0) was now and then taken again before TLC bound it
        int port = -1;
        int start = new java.util.Random().nextInt(12_000);
        for (int i = 0; i < 12_000 && port < 0; i++) {
            try (java.net.ServerSocket s = new java.net.ServerSocket(20_000 + (start + i) % 12_000)) {
                port = s.getLocalPort();
            } catch (IOException inUse) {
                // next one
            }
        }
        CliRun r = CliRun.run("check", spec.toString(), "--distributed", "--port", Integer.toString(port),
                "--local-workers", "2", "--host", "127.0.0.1", "--json");
        assertEquals(0, r.exitCode(), r.err() + r.out());
        assertEquals(12, JSON.readTree(r.out()).get("distinctStates").asInt(), r.out());
        CliRun human = CliRun.run("check", spec.toString(), "--distributed", "--port", Integer.toString(port),
                "--local-workers", "1", "--host", "127.0.0.1");
        assertEquals(0, human.exitCode(), human.err());
        assertTrue(human.err().contains("TLC server ready on port " + port), human.err());
        assertTrue(human.err().contains("lockstep worker "), human.err());
    }
}
