package dev.lockstep.bridge.eval;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tlc2.tool.impl.FastTool;
import util.SimpleFilenameToStream;

/**
 * Loads a spec and its model into TLC's {@code FastTool} inside a child JVM (TLC keeps global
 * state, so never in Lockstep's own process), with the module search path check uses.
 */
public final class TlcModel {
    private TlcModel() {
    }

    /** TLC's tool for {@code spec} under {@code cfg} (both absolute); throws as TLC does on bad input. */
    public static FastTool load(Path spec, Path cfg) {
        String module = spec.getFileName().toString().replaceFirst("\\.tla$", "");
        String cfgName = cfg.toString().replaceFirst("\\.cfg$", "");
        return new FastTool(spec.getParent().toString(), module, cfgName, modules(spec.getParent()));
    }

    /**
     * Where SANY looks for modules: the spec's folder, then the folders the launcher named in
     * {@code -DTLA-Library} (the user's libraries and Lockstep's library, as
     * {@link dev.lockstep.bridge.library.ModuleLibrary#tlcOptions} names them); TLC ignores that
     * property when given folders explicitly, so they are read here.
     */
    private static SimpleFilenameToStream modules(Path specDir) {
        List<String> dirs = new ArrayList<>(List.of(specDir.toString()));
        String more = System.getProperty("TLA-Library");
        if (more != null) {
            for (String d : more.split(File.pathSeparator)) {
                if (!d.isBlank()) {
                    dirs.add(d);
                }
            }
        }
        return new SimpleFilenameToStream(dirs.toArray(String[]::new));
    }
}
