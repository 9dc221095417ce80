package dev.lockstep.cli;

import dev.lockstep.bridge.ExitCode;
import dev.lockstep.bridge.Tla2Tools;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --tla2tools} option shared by commands that run the TLA+ tools. */
final class ToolsOption {
    @Option(names = "--tla2tools", paramLabel = "JAR",
            description = "Run this tla2tools.jar instead of the bundled TLA+ tools (also: LOCKSTEP_TLA2TOOLS).")
    Path jar;

    Tla2Tools resolve(CliContext ctx) {
        try {
            return Tla2Tools.locate(jar, ctx.env());
        } catch (Tla2Tools.UnusableJarException e) {
            throw new UserError(ExitCode.SYSTEM_ERROR, e.getMessage());
        }
    }
}
