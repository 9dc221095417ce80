package dev.lockstep.bridge.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.ExitCode;
import dev.lockstep.bridge.Resources;
import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.check.CheckRequest;
import dev.lockstep.bridge.check.CheckResult;
import dev.lockstep.bridge.check.Outcome;
import dev.lockstep.bridge.check.SearchMode;
import dev.lockstep.bridge.check.Violation;
import dev.lockstep.bridge.check.TlcRunner;
import dev.lockstep.speclang.resolve.LockstepLibrary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lockstep's module library under the real TLC: the documented examples and naive second
 * definitions ({@code LibraryExamples}), each Java override against its own TLA+ definition
 * ({@code LibraryDefinitions}), the modules that act on the world ({@code LibraryIo}), and the
 * search order (a module beside the spec, then {@code --library}, then Lockstep's). Every ASSUME
 * of a module must hold: TLC reports the first false one with its line.
 */
class ModuleLibraryTest {
    private static final Tla2Tools TOOLS = Tla2Tools.fromClasspath();

    @TempDir
    Path dir;
    @TempDir
    Path work;

    private CheckResult check(String module, ModuleLibrary library) throws InterruptedException {
        CheckRequest req = CheckRequest.of(dir.resolve(module + ".tla"), TOOLS).withWork(work, false).withLibrary(library);
        return new TlcRunner().run(req, TlcRunner.SILENT);
    }

    private static void assertHolds(CheckResult r) {
        assertEquals(Outcome.SUCCESS, r.outcome(), r.diagnostics() + "\n" + r.violation() + "\n" + r.output());
        assertEquals(1, r.stats().distinctStates());
    }

    private void copy(String... names) throws Exception {
        for (String n : names) {
            Files.writeString(dir.resolve(n), Resources.text("library/" + n), StandardCharsets.UTF_8);
        }
    }

    @Test
    void documentedExamplesAndNaiveDefinitionsHold() throws Exception {
        copy("LibraryExamples.tla", "LibraryExamples.cfg");
        assertHolds(check("LibraryExamples", ModuleLibrary.DEFAULT));
    }

    @Test
    void overridesAgreeWithTheirOwnDefinitions() throws Exception {
        copy("LibraryDefinitions.tla", "LibraryDefinitions.cfg");
        for (String m : List.of("SequencesExt", "Functions", "FiniteSetsExt")) {
            String text = LockstepLibrary.source(m).orElseThrow().replaceFirst("MODULE " + m + " ", "MODULE " + m + "Def ");
            Files.writeString(dir.resolve(m + "Def.tla"), text, StandardCharsets.UTF_8);
        }
        assertHolds(check("LibraryDefinitions", ModuleLibrary.DEFAULT));
    }

    @Test
    void jsonIoUtilsAndCsvDoWhatTheirDocumentationSays() throws Exception {
        copy("LibraryIo.tla");
        Path scratch = Files.createDirectory(dir.resolve("io"));
        Files.writeString(dir.resolve("LibraryIo.cfg"), "INIT Init\nNEXT Next\nCONSTANT Dir = \"" + scratch + "\"\n");
        assertHolds(check("LibraryIo", ModuleLibrary.DEFAULT));
        assertEquals("{\"a\":[1,2],\"b\":\"s\"}\n", Files.readString(scratch.resolve("v.json")));
        assertEquals("n#v\n1#a\n", Files.readString(scratch.resolve("t.csv")));
    }

    @Test
    void traceIsThePrefixTlcRecordedAndRegistersKeepTheirDefaults() throws Exception {
        copy("LibraryTrace.tla", "LibraryTrace.cfg");
        CheckResult r = check("LibraryTrace", ModuleLibrary.DEFAULT);
        assertEquals(Outcome.SUCCESS, r.outcome(), r.diagnostics() + "\n" + r.violation() + "\n" + r.output());
        assertEquals(9, r.stats().distinctStates());
    }

    @Test
    void traceInSimulationIsTheWorkersBehaviour() throws Exception {
        copy("LibraryTrace.tla");
        Files.writeString(dir.resolve("LibraryTrace.cfg"), "INIT Init\nNEXT Next\nINVARIANT TraceEndsHere\n");
        CheckRequest req = CheckRequest.of(dir.resolve("LibraryTrace.tla"), TOOLS).withWork(work, false)
                .withMode(new SearchMode.Simulation(12, 40L, 7L));
        CheckResult r = new TlcRunner().run(req, TlcRunner.SILENT);
        assertEquals(Outcome.SUCCESS, r.outcome(), r.diagnostics() + "\n" + r.violation() + "\n" + r.output());
    }

    @Test
    void tlcDeferIsNeverEvaluatedInModelCheckingAndNeedsANewerTlcInSimulation() throws Exception {
        Files.writeString(dir.resolve("Defer.tla"), """
                ---- MODULE Defer ----
                EXTENDS Naturals, TLC, TLCExt
                VARIABLE x
                Init == x = 0
                Next == x < 2 /\\ x' = x + 1 /\\ TLCDefer(TLCSet(1, x))
                NeverSet == TLCGetOrDefault(1, "never") = "never"
                ====
                """);
        Files.writeString(dir.resolve("Defer.cfg"), "INIT Init\nNEXT Next\nINVARIANT NeverSet\nCHECK_DEADLOCK FALSE\n");
        CheckResult r = check("Defer", ModuleLibrary.DEFAULT);
        assertEquals(Outcome.SUCCESS, r.outcome(), r.diagnostics() + "\n" + r.violation() + "\n" + r.output());
        assertEquals(3, r.stats().distinctStates());

        CheckRequest sim = CheckRequest.of(dir.resolve("Defer.tla"), TOOLS).withWork(work, false)
                .withMode(new SearchMode.Simulation(5, 3L, 7L));
        r = new TlcRunner().run(sim, TlcRunner.SILENT);
        assertEquals(Outcome.ERROR, r.outcome(), r.toString());
        String text = r.violation().map(Violation::message).orElse("") + r.diagnostics();
        assertTrue(text.contains("TLCDefer") && text.contains("simulation") && text.contains("--tla2tools"), text);
    }

    @Test
    void pickSuccessorFalseSaysWhatToDoInstead() throws Exception {
        Files.writeString(dir.resolve("Pick.tla"), """
                ---- MODULE Pick ----
                EXTENDS Naturals, TLC, TLCExt
                VARIABLE x
                Init == x = 0
                Next == x < 2 /\\ x' = x + 1 /\\ PickSuccessor(x' < 2)
                ====
                """);
        Files.writeString(dir.resolve("Pick.cfg"), "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n");
        CheckResult r = check("Pick", ModuleLibrary.DEFAULT);
        String text = r.violation().map(Violation::message).orElse("") + r.diagnostics();
        assertEquals(Outcome.ERROR, r.outcome(), r.toString());
        assertTrue(text.contains("PickSuccessor(FALSE)"), text);
        assertEquals(2, r.stats().distinctStates(), r.toString());
    }

    @Test
    void aModuleBesideTheSpecWinsAndKeepsItsOwnDefinitions() throws Exception {
        // Functions beside the spec: its Range is not Lockstep's, and Lockstep's Java Range must not apply
        Files.writeString(dir.resolve("Functions.tla"), "---- MODULE Functions ----\nRange(f) == {\"mine\"}\n====\n");
        Files.writeString(dir.resolve("Uses.tla"), """
                ---- MODULE Uses ----
                EXTENDS Naturals, Functions, Bitwise
                VARIABLE x
                Init == x = 0
                Next == UNCHANGED x
                ASSUME Range(<<1, 2>>) = {"mine"}
                ASSUME (6 & 3) = 2
                ====
                """);
        Files.writeString(dir.resolve("Uses.cfg"), "INIT Init\nNEXT Next\n");
        assertHolds(check("Uses", ModuleLibrary.DEFAULT));
    }

    @Test
    void withoutAConfigOnlyTheMissingConfigIsReportedNotTheLibraryModules() throws Exception {
        Files.writeString(dir.resolve("NoCfg.tla"), """
                ---- MODULE NoCfg ----
                EXTENDS Naturals, SequencesExt, Functions
                VARIABLE x
                Init == x = Range(Reverse(<<1, 2>>))
                ====
                """);
        CheckResult r = check("NoCfg", ModuleLibrary.DEFAULT);
        assertEquals(ExitCode.CONFIG_ERROR.code(), r.exitCode(), r.diagnostics().toString());
        assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
    }

    @Test
    void aLibraryFolderWinsOverLockstepsLibraryButNotOverTheSpecFolder(@TempDir Path lib1, @TempDir Path lib2)
            throws Exception {
        Files.writeString(lib1.resolve("Bitwise.tla"), "---- MODULE Bitwise ----\nWhere == \"lib1\"\n====\n");
        Files.writeString(lib2.resolve("Bitwise.tla"), "---- MODULE Bitwise ----\nWhere == \"lib2\"\n====\n");
        Files.writeString(lib2.resolve("Combinatorics.tla"), "---- MODULE Combinatorics ----\nCombFrom == \"lib2\"\n====\n");
        Files.writeString(lib1.resolve("VectorClocks.tla"), "---- MODULE VectorClocks ----\nVcFrom == \"lib1\"\n====\n");
        Files.writeString(dir.resolve("VectorClocks.tla"), "---- MODULE VectorClocks ----\nVcFrom == \"spec\"\n====\n");
        Files.writeString(dir.resolve("Uses.tla"), """
                ---- MODULE Uses ----
                EXTENDS Naturals, Bitwise, Combinatorics, VectorClocks, SequencesExt
                VARIABLE x
                Init == x = 0
                Next == UNCHANGED x
                ASSUME Where = "lib1" /\\ CombFrom = "lib2" /\\ VcFrom = "spec"
                ASSUME Reverse(<<1, 2>>) = <<2, 1>>
                ====
                """);
        Files.writeString(dir.resolve("Uses.cfg"), "INIT Init\nNEXT Next\n");
        ModuleLibrary library = ModuleLibrary.of(List.of(lib1), Map.of(ModuleLibrary.ENV_VAR, lib2.toString()));
        assertEquals(List.of(lib1.toAbsolutePath(), lib2.toAbsolutePath()), library.userDirs());
        assertHolds(check("Uses", library));
    }
}
