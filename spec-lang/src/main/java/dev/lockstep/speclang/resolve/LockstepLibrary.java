package dev.lockstep.speclang.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Lockstep's own library of TLA+ modules: the CommunityModules real specs EXTEND (SequencesExt,
 * Functions, Json, ...) and the TLAPS library modules (TLAPS, NaturalsInduction, ...), written for
 * Lockstep from their documented meaning and shipped as resources of this module. They are found
 * after the modules beside a spec and after the user's library folders ({@code --library}), so a
 * user's own copy of a module always wins. The model checker sees the same texts: the checker
 * bridge writes them into TLC's work directory ({@link #copyTo}).
 */
public final class LockstepLibrary {
    private static final String ROOT = "/dev/lockstep/speclang/library/";

    /** The modules of the library, by name. */
    public static final List<String> MODULES = List.of(
            // CommunityModules
            "BagsExt", "Bitwise", "CSV", "Combinatorics", "DyadicRationals", "FiniteSetsExt", "Folds", "Functions",
            "Graphs", "IOUtils", "Json", "Relation", "SVG", "SequencesExt", "Statistics", "TLCExt",
            "UndirectedGraphs", "VectorClocks",
            // TLAPS library
            "FiniteSetTheorems", "FunctionTheorems", "NaturalsInduction", "SequenceTheorems", "TLAPS",
            "WellFoundedInduction");

    private LockstepLibrary() {
    }

    /** Whether the library has a module called {@code name}. */
    public static boolean has(String name) {
        return MODULES.contains(name);
    }

    /** The text of the library module {@code name}, if there is one. */
    public static Optional<String> source(String name) {
        if (!has(name)) {
            return Optional.empty();
        }
        try (InputStream in = LockstepLibrary.class.getResourceAsStream(ROOT + name + ".tla")) {
            if (in == null) {
                throw new IllegalStateException("library module " + name + " is missing from the build");
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The path under which a library module is parsed and reported: {@code lockstep-library/Name.tla},
     * a name that says where the module comes from (it is not a file on disk).
     */
    public static Path virtualPath(String name) {
        return Path.of("lockstep-library", name + ".tla");
    }

    /** Writes every library module into {@code dir} (created) as {@code Name.tla}; returns {@code dir}. */
    public static Path copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String m : MODULES) {
            Files.writeString(dir.resolve(m + ".tla"), source(m).orElseThrow(), StandardCharsets.UTF_8);
        }
        return dir;
    }
}
