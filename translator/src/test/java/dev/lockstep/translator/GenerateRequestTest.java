package dev.lockstep.translator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.ExitCode;
import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate stage's entry point: configuration, parse, PlusCal-if-stale and projection, errors as diagnostics. */
class GenerateRequestTest {
    private static final Tla2Tools TOOLS = Tla2Tools.fromClasspath();

    @TempDir
    Path dir;

    private Path counter() throws Exception {
        return Files.writeString(dir.resolve("Counter.tla"), """
                ---- MODULE Counter ----
                EXTENDS Naturals
                CONSTANT Max
                VARIABLE n
                Init == n = 0
                Inc == n < Max /\\ n' = n + 1
                Next == Inc
                ====
                """);
    }

    private static List<DiagnosticCode> codes(GenerateResult r) {
        return r.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void theSiblingConfigIsReadAndPartOfTheChecksum() throws Exception {
        Path spec = counter();
        GenerateResult without = Translator.generate(GenerateRequest.of(spec, "p", TOOLS));
        assertEquals(ExitCode.SUCCESS, without.exitCode(), without.diagnostics().toString());
        Files.writeString(dir.resolve("Counter.cfg"), "CONSTANT Max = 3\nINIT Init\nNEXT Next\n");
        GenerateResult with = Translator.generate(GenerateRequest.of(spec, "p", TOOLS));
        assertEquals(ExitCode.SUCCESS, with.exitCode(), with.diagnostics().toString());
        assertFalse(with.generation().files().isEmpty());
        assertFalse(with.generation().specSha256().equals(without.generation().specSha256()));
    }

    @Test
    void userErrorsAreDiagnosticsWithTheirExitCodes() throws Exception {
        Path spec = counter();
        GenerateResult noSpec = Translator.generate(GenerateRequest.of(dir.resolve("Nope.tla"), "p", TOOLS));
        assertEquals(ExitCode.SPEC_ERROR, noSpec.exitCode());
        assertEquals(List.of(DiagnosticCode.LS001_FILE_NOT_FOUND), codes(noSpec));

        GenerateResult noCfg = Translator.generate(GenerateRequest.of(spec, "p", TOOLS).withConfig(dir.resolve("No.cfg")));
        assertEquals(ExitCode.CONFIG_ERROR, noCfg.exitCode());
        assertEquals(List.of(DiagnosticCode.LS001_FILE_NOT_FOUND), codes(noCfg));

        Files.writeString(dir.resolve("Bad.cfg"), "CONSTANT Max = -1\n");
        GenerateResult bad = Translator.generate(GenerateRequest.of(spec, "p", TOOLS).withConfig(dir.resolve("Bad.cfg")));
        assertEquals(ExitCode.CONFIG_ERROR, bad.exitCode());
        assertEquals(List.of(DiagnosticCode.LS501_CONFIG), codes(bad));
        assertTrue(bad.generation().files().isEmpty());

        Files.writeString(dir.resolve("Broken.tla"), "---- MODULE Broken ----\nInit == \n====\n");
        GenerateResult broken = Translator.generate(GenerateRequest.of(dir.resolve("Broken.tla"), "p", TOOLS));
        assertEquals(ExitCode.SPEC_ERROR, broken.exitCode());
        assertTrue(broken.diagnostics().stream().allMatch(d -> d.range() != null && d.isError()), broken.diagnostics().toString());
    }

    @Test
    void aStalePlusCalTranslationIsReplacedByAFreshOneWithAWarning() throws Exception {
        Path spec = Files.writeString(dir.resolve("Tick.tla"), """
                ---- MODULE Tick ----
                EXTENDS Naturals
                (* --algorithm Tick
                variable n = 0;
                begin
                  L: while n < 2 do n := n + 1; end while;
                end algorithm; *)
                ====
                """);
        GenerateResult r = Translator.generate(GenerateRequest.of(spec, "p", TOOLS));
        assertEquals(ExitCode.SUCCESS, r.exitCode(), r.diagnostics().toString());
        assertEquals(List.of(DiagnosticCode.LS302_PLUSCAL_STALE_TRANSLATION), codes(r));
        assertEquals(Severity.WARNING, r.diagnostics().get(0).severity());
        assertTrue(r.diagnostics().get(0).message().contains("missing"), r.diagnostics().toString());
        assertTrue(r.generation().actions().contains("L"), r.generation().actions().toString());
    }

    @Test
    void theGeneratedHeaderIsReadBack() throws Exception {
        GenerateResult r = Translator.generate(GenerateRequest.of(counter(), "p", TOOLS));
        List<OutputDirectory.Entry> written = new OutputDirectory(dir.resolve("out")).write(r.generation());
        Path generated = written.stream().filter(e -> e.ownership() == GeneratedFile.Ownership.GENERATED)
                .findFirst().orElseThrow().path();
        assertEquals(r.generation().specSha256(), OutputDirectory.specSha256(generated).orElseThrow());
        assertTrue(OutputDirectory.specSha256(dir.resolve("missing.java")).isEmpty());
    }
}
