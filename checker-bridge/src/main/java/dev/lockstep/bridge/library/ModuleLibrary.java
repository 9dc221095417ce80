package dev.lockstep.bridge.library;

import dev.lockstep.speclang.resolve.LockstepLibrary;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tlc2.overrides.TLCOverrides;

/**
 * Where the modules a spec EXTENDS come from, the same for every command: the spec's folder, then
 * the user's library folders in order ({@code --library DIR}, then {@code LOCKSTEP_LIBRARY}), then
 * Lockstep's own library ({@link LockstepLibrary}); spec-lang resolves names in the same order
 * ({@link dev.lockstep.speclang.resolve.ModuleLoader#searchPath} with {@link #userDirs}). For TLC the library is written into the run's
 * work directory and named in {@code -DTLA-Library}; the Java overrides ({@link TLCOverrides}) go on
 * TLC's classpath and apply only to the modules that really come from Lockstep's library.
 *
 * @param userDirs the user's library folders, searched in order
 */
public record ModuleLibrary(List<Path> userDirs) {
    /** The environment variable naming library folders, separated by the platform's path separator. */
    public static final String ENV_VAR = "LOCKSTEP_LIBRARY";

    /** No user folders: the spec's folder, then Lockstep's library. */
    public static final ModuleLibrary DEFAULT = new ModuleLibrary(List.of());

    public ModuleLibrary {
        userDirs = userDirs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** {@code explicit} folders first, then those {@link #ENV_VAR} in {@code env} names. */
    public static ModuleLibrary of(List<Path> explicit, Map<String, String> env) {
        List<Path> dirs = new ArrayList<>(explicit);
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null) {
            for (String s : fromEnv.split(File.pathSeparator)) {
                if (!s.isBlank()) {
                    dirs.add(Path.of(s.strip()));
                }
            }
        }
        return new ModuleLibrary(dirs);
    }

    /** The user folders that are not directories (for one clear message before anything runs). */
    public List<Path> missingDirs() {
        return userDirs.stream().filter(d -> !Files.isDirectory(d)).toList();
    }

    /** Where a module named {@code name} is found first: beside the spec or in a user folder (empty: Lockstep's or none). */
    java.util.Optional<Path> userFile(Path specDir, String name) {
        List<Path> order = new ArrayList<>();
        if (specDir != null) {
            order.add(specDir);
        }
        order.addAll(userDirs);
        return order.stream().map(d -> d.resolve(name + ".tla")).filter(Files::isRegularFile).findFirst();
    }

    /**
     * Writes Lockstep's library into {@code dir} and returns the JVM options that let TLC (or SANY
     * run by {@code SimpleFilenameToStream()}) find the modules in this order and apply the Java
     * overrides of the library modules no user module shadows.
     */
    public List<String> tlcOptions(Path specDir, Path dir) throws IOException {
        writeTo(dir);
        return options(specDir, dir);
    }

    /**
     * The options of {@link #tlcOptions} for a {@code dir} that Lockstep's library is written into
     * later ({@link #writeTo}), before TLC or SANY reads a module: a JVM given them can start
     * meanwhile.
     */
    public List<String> options(Path specDir, Path dir) {
        List<String> path = new ArrayList<>();
        path.add(specDir.toString());
        userDirs.forEach(d -> path.add(d.toString()));
        path.add(dir.toString());
        return List.of("-DTLA-Library=" + String.join(File.pathSeparator, path),
                "-D" + TLCOverrides.MODULES_PROPERTY + "=" + overriddenModules(specDir));
    }

    /** Writes Lockstep's library modules into {@code dir}. */
    public void writeTo(Path dir) throws IOException {
        LockstepLibrary.copyTo(dir);
    }

    /** The library modules whose Java overrides apply: those no module beside the spec or in a user folder shadows. */
    String overriddenModules(Path specDir) {
        return TLCOverrides.overriddenModules().stream().filter(m -> userFile(specDir, m).isEmpty())
                .collect(Collectors.joining(","));
    }

    /** The classpath entry holding the Java overrides (Lockstep's own jar or class folder). */
    static Path overridesClasspath() {
        try {
            return Path.of(TLCOverrides.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot locate Lockstep's TLC overrides", e);
        }
    }

    /** TLC's classpath: the TLA+ tools first (a user's jar wins), then Lockstep's overrides. */
    public static List<Path> classpath(Path tools) {
        Path overrides = overridesClasspath();
        return overrides.equals(tools) ? List.of(tools) : List.of(tools, overrides);
    }
}
