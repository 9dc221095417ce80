package dev.lockstep.speclang.resolve;

import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.SpecParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the modules a spec EXTENDS or INSTANCEs that are neither nested nor standard. */
@FunctionalInterface
public interface ModuleLoader {
    /** The parsed module named {@code name}, if it can be found. */
    Optional<ParseResult> load(String name);

    /** Looks for {@code Name.tla} in {@code dir} (SANY's first place to look). */
    static ModuleLoader inDirectory(Path dir) {
        return name -> {
            if (dir == null) {
                return Optional.empty();
            }
            Path p = dir.resolve(name + ".tla");
            return Files.isRegularFile(p) ? Optional.of(SpecParser.parse(p)) : Optional.empty();
        };
    }

    /** Finds nothing: only nested and standard modules resolve. */
    static ModuleLoader none() {
        return name -> Optional.empty();
    }
}
