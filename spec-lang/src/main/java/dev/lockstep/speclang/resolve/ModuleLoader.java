package dev.lockstep.speclang.resolve;

import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.SpecParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the modules a spec EXTENDS or INSTANCEs that are neither nested nor standard. The search
 * order is the one every Lockstep command uses ({@link #searchPath}): the spec's folder, then the
 * user's library folders ({@code --library}, {@code LOCKSTEP_LIBRARY}) in order, then
 * {@link LockstepLibrary}.
 */
@FunctionalInterface
public interface ModuleLoader {
    /** The parsed module named {@code name}, if it can be found. */
    Optional<ParseResult> load(String name);

    /** This loader, and where it finds nothing, {@code next}. */
    default ModuleLoader orElse(ModuleLoader next) {
        return name -> {
            Optional<ParseResult> mine = load(name);
            return mine.isPresent() ? mine : next.load(name);
        };
    }

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

    /** Lockstep's own library ({@link LockstepLibrary}); each module is parsed once per loader. */
    static ModuleLoader library() {
        Map<String, ParseResult> parsed = new ConcurrentHashMap<>();
        return name -> LockstepLibrary.has(name)
                ? Optional.of(parsed.computeIfAbsent(name, n ->
                        SpecParser.parse(LockstepLibrary.source(n).orElseThrow(), LockstepLibrary.virtualPath(n))))
                : Optional.empty();
    }

    /**
     * The modules a spec in {@code specDir} sees: beside the spec, then in each of
     * {@code libraryDirs} in order, then in Lockstep's library.
     */
    static ModuleLoader searchPath(Path specDir, List<Path> libraryDirs) {
        List<ModuleLoader> order = new ArrayList<>();
        order.add(inDirectory(specDir));
        for (Path d : libraryDirs) {
            order.add(inDirectory(d));
        }
        ModuleLoader all = library();
        for (int i = order.size() - 1; i >= 0; i--) {
            all = order.get(i).orElse(all);
        }
        return all;
    }

    /** Finds nothing: only nested and standard modules resolve. */
    static ModuleLoader none() {
        return name -> Optional.empty();
    }
}
