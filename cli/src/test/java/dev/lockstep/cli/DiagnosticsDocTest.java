package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.diag.DiagnosticCode;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** docs/diagnostics.md lists every diagnostic code, so users can look up what they see. */
class DiagnosticsDocTest {
    @Test
    void everyCodeIsDocumented() throws IOException {
        String doc = Files.readString(CliRun.repoRoot().resolve("docs/diagnostics.md"));
        for (DiagnosticCode c : DiagnosticCode.values()) {
            assertTrue(doc.contains("| " + c.id() + " |"), c.id() + " is missing from docs/diagnostics.md");
        }
    }
}
