package dev.lockstep.cli;

import dev.lockstep.bridge.ExitCode;
import dev.lockstep.bridge.library.ModuleLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --library DIR} option shared by the commands that read the modules a spec EXTENDS:
 * folders searched after the spec's own folder and before Lockstep's library (also
 * {@code LOCKSTEP_LIBRARY}, folders separated by the platform's path separator).
 */
final class LibraryOption {
    @Option(names = "--library", paramLabel = "DIR",
            description = "Look for modules the spec EXTENDS or INSTANCEs in DIR, after the spec's folder and before "
                    + "Lockstep's library (repeatable; also LOCKSTEP_LIBRARY).")
    List<Path> dirs = new ArrayList<>();

    ModuleLibrary resolve(CliContext ctx) {
        ModuleLibrary library = ModuleLibrary.of(dirs, ctx.env());
        List<Path> missing = library.missingDirs();
        if (!missing.isEmpty()) {
            throw new UserError(ExitCode.USAGE, missing.get(0) + ": error: library folder (from --library or "
                    + ModuleLibrary.ENV_VAR + ") does not exist or is not a folder");
        }
        return library;
    }
}
