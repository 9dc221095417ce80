package dev.lockstep.cli;

import dev.lockstep.bridge.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a report a command was asked for ({@code check --report}, {@code validate --junit},
 * {@code --sarif}, {@code --report}): UTF-8, its folder created when missing. A report that cannot
 * be written is a system error (exit 153), as generated code that cannot be written is.
 */
final class ReportFile {
    private ReportFile() {
    }

    static void write(Path file, String text) {
        try {
            Path abs = file.toAbsolutePath();
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            Files.writeString(abs, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(ExitCode.SYSTEM_ERROR, file + ": error: cannot write the report: " + e.getMessage());
        }
    }
}
