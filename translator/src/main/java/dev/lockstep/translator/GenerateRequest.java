package dev.lockstep.translator;

import dev.lockstep.bridge.Tla2Tools;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@link Translator#generate(GenerateRequest)} projects: a spec file, the Java package, the
 * model configuration ({@code config} empty: {@code SPEC.cfg} beside the spec when it exists), the
 * user's library folders ({@code --library}) and the TLA+ tools that translate PlusCal.
 */
public record GenerateRequest(Path spec, String javaPackage, Optional<Path> config, List<Path> libraryDirs,
                              Tla2Tools tools) {
    public GenerateRequest {
        libraryDirs = List.copyOf(libraryDirs);
    }

    /** The spec alone: the sibling configuration if any, no library folders. */
    public static GenerateRequest of(Path spec, String javaPackage, Tla2Tools tools) {
        return new GenerateRequest(spec, javaPackage, Optional.empty(), List.of(), tools);
    }

    public GenerateRequest withConfig(Path cfg) {
        return new GenerateRequest(spec, javaPackage, Optional.ofNullable(cfg), libraryDirs, tools);
    }

    public GenerateRequest withLibrary(List<Path> dirs) {
        return new GenerateRequest(spec, javaPackage, config, dirs, tools);
    }
}
