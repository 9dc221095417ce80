package dev.lockstep.bridge.config;

import java.nio.file.Path;

/** Where Lockstep looks for the files that go with a spec. */
public final class SpecFiles {

    private SpecFiles() {
    }

    /**
     * The model configuration TLC uses for a spec when none is named: {@code X.cfg} beside
     * {@code X.tla} ({@code X} given without the extension works too). It may not exist.
     */
    public static Path defaultConfig(Path spec) {
        String name = spec.getFileName().toString();
        String module = name.endsWith(".tla") ? name.substring(0, name.length() - ".tla".length()) : name;
        return spec.resolveSibling(module + ".cfg");
    }

    /**
     * The spec a configuration belongs to, the converse of {@link #defaultConfig}: {@code X.tla}
     * beside {@code X.cfg} ({@code MC.tla} for {@code MC.cfg}). It may not exist.
     */
    public static Path specOf(Path config) {
        String name = config.getFileName().toString();
        String module = name.endsWith(".cfg") ? name.substring(0, name.length() - ".cfg".length()) : name;
        return config.resolveSibling(module + ".tla");
    }
}
