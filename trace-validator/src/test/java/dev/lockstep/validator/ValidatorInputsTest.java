package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every surface used to check before calling the validator, now the validator's: a missing
 * spec or configuration and a spec TLC rejects are diagnostics in the result (no verdict), the
 * configuration defaults to the spec's sibling, and each validation's work directory is gone after.
 */
class ValidatorInputsTest {
    @TempDir
    Path tmp;

    @Test
    void missingFilesAndRejectedSpecsAreDiagnostics() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Validator v = Fixtures.validator(work);
        Path log = Fixtures.write(tmp.resolve("log.ndjson"), List.of("{\"action\":\"Init\",\"state\":{\"x\":0}}"));

        ValidationResult noSpec = v.validate(ValidationRequest.of(tmp.resolve("Nope.tla"), null, List.of(log)));
        Diagnostic d = noSpec.diagnostics().get(0);
        assertEquals(DiagnosticCode.LS001_FILE_NOT_FOUND, d.code());
        assertEquals(tmp.resolve("Nope.tla"), d.range().file());
        assertInstanceOf(Verdict.Unknown.class, noSpec.verdict());

        Path spec = Files.writeString(tmp.resolve("Broken.tla"),
                "---- MODULE Broken ----\nVARIABLE x\nInit == x = \nNext == x' = x\n====\n");
        ValidationResult noCfg = v.validate(ValidationRequest.of(spec, null, List.of(log)));
        assertEquals(DiagnosticCode.LS501_CONFIG, noCfg.diagnostics().get(0).code());
        assertEquals(tmp.resolve("Broken.cfg"), noCfg.diagnostics().get(0).range().file(), "the sibling .cfg");
        assertTrue(noCfg.configAtFault());

        Files.writeString(tmp.resolve("Broken.cfg"), "INIT Init\nNEXT Next\n");
        ValidationResult broken = v.validate(ValidationRequest.of(spec, null, List.of(log)));
        Diagnostic b = broken.diagnostics().get(0);
        assertEquals(DiagnosticCode.LS401_SANY_PARSE, b.code(), b.message());
        assertEquals(spec, b.range().file());
        assertTrue(b.range().start().line() >= 2, "TLC's position of the error: " + b.range());
        assertInstanceOf(Verdict.Unknown.class, broken.verdict());
        Fixtures.assertNoChildLeft();

        // a PlusCal algorithm that does not translate: rejected before the evaluator host started
        // ahead for the direct engine loads anything, and that host is ended with the validation
        Path pcal = Files.writeString(tmp.resolve("Untranslated.tla"), "---- MODULE Untranslated ----\n"
                + "EXTENDS Naturals\n(* --algorithm Untranslated\nvariables x = 0;\nbegin\n  A: x := ;\n"
                + "end algorithm; *)\n====\n");
        Files.writeString(tmp.resolve("Untranslated.cfg"), "INIT Init\nNEXT Next\n");
        ValidationResult untranslated = v.validate(ValidationRequest.of(pcal, null, List.of(log)));
        assertTrue(!untranslated.diagnostics().isEmpty(), "diagnostics: " + untranslated.diagnostics());
        assertInstanceOf(Verdict.Unknown.class, untranslated.verdict());
        Fixtures.assertNoChildLeft();

        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("lockstep-validate"))
                    .toList(), "each validation removes its work directory");
        }
    }
}
