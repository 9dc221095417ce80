package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.bridge.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

/** The one report-file writer and the one {@code --workers} reader of check and validate. */
class ReportFileTest {
    @TempDir
    Path dir;

    @Test
    void writesTheReportCreatingItsFolder() throws IOException {
        Path file = dir.resolve("reports/nested/r.xml");
        ReportFile.write(file, "<r>é</r>");
        assertEquals("<r>é</r>", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void aReportThatCannotBeWrittenIsASystemError() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        Path file = notAFolder.resolve("r.html");
        UserError e = assertThrows(UserError.class, () -> ReportFile.write(file, "<html/>"));
        assertEquals(ExitCode.SYSTEM_ERROR, e.exitCode());
        assertTrue(e.getMessage().startsWith(file + ": error: cannot write the report: "), e.getMessage());
    }

    @Test
    void workersAreAPositiveNumberOrAuto() {
        Workers.Converter c = new Workers.Converter();
        assertEquals(3, c.convert("3").count());
        assertTrue(c.convert("auto").auto());
        assertTrue(c.convert("AUTO").auto());
        assertEquals(7, c.convert("auto").orAuto(7));
        assertEquals(2, c.convert("2").orAuto(7));
        for (String bad : new String[] {"0", "-1", "many", ""}) {
            assertThrows(TypeConversionException.class, () -> c.convert(bad), bad);
        }
    }
}
