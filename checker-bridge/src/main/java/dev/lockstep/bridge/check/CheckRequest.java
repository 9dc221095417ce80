package dev.lockstep.bridge.check;

import dev.lockstep.bridge.Tla2Tools;
import dev.lockstep.bridge.library.ModuleLibrary;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything one model-checking run needs. Immutable; built by the CLI, the language server or tests.
 *
 * @param spec        the root module file ({@code Spec.tla})
 * @param model       what to check (config file and command-line additions)
 * @param mode        breadth-first, depth-first or simulation
 * @param workers     TLC worker threads; {@code 0} means TLC's {@code auto}
 * @param maxHeap     the child JVM's {@code -Xmx} value ({@code "4g"}), or {@code null} for Java's default
 * @param tools       which TLA+ tools to run
 * @param workRoot    where to create the work directory, or {@code null} for the system temp folder
 * @param keepWork    keep the work directory afterwards (for debugging)
 * @param extraTlcArgs further TLC options, passed as they are
 * @param library     where the modules the spec extends are found (user folders, then Lockstep's library)
 */
public record CheckRequest(Path spec, ModelSpec model, SearchMode mode, int workers, String maxHeap,
                           Tla2Tools tools, Path workRoot, boolean keepWork, List<String> extraTlcArgs,
                           ModuleLibrary library) {
    public CheckRequest {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(tools, "tools");
        Objects.requireNonNull(library, "library");
        extraTlcArgs = List.copyOf(extraTlcArgs);
        if (workers < 0) {
            throw new IllegalArgumentException("workers must be >= 0");
        }
    }

    /** A request that finds modules beside the spec, then in Lockstep's library. */
    public CheckRequest(Path spec, ModelSpec model, SearchMode mode, int workers, String maxHeap, Tla2Tools tools,
                        Path workRoot, boolean keepWork, List<String> extraTlcArgs) {
        this(spec, model, mode, workers, maxHeap, tools, workRoot, keepWork, extraTlcArgs, ModuleLibrary.DEFAULT);
    }

    /** A breadth-first check with one worker and the spec's own config. */
    public static CheckRequest of(Path spec, Tla2Tools tools) {
        return new CheckRequest(spec, ModelSpec.fromFiles(null), new SearchMode.BreadthFirst(), 1, null, tools, null,
                false, List.of());
    }

    public CheckRequest withModel(ModelSpec m) {
        return new CheckRequest(spec, m, mode, workers, maxHeap, tools, workRoot, keepWork, extraTlcArgs, library);
    }

    public CheckRequest withMode(SearchMode m) {
        return new CheckRequest(spec, model, m, workers, maxHeap, tools, workRoot, keepWork, extraTlcArgs, library);
    }

    public CheckRequest withWorkers(int w) {
        return new CheckRequest(spec, model, mode, w, maxHeap, tools, workRoot, keepWork, extraTlcArgs, library);
    }

    public CheckRequest withMaxHeap(String heap) {
        return new CheckRequest(spec, model, mode, workers, heap, tools, workRoot, keepWork, extraTlcArgs, library);
    }

    public CheckRequest withLibrary(ModuleLibrary l) {
        return new CheckRequest(spec, model, mode, workers, maxHeap, tools, workRoot, keepWork, extraTlcArgs, l);
    }

    public CheckRequest withWork(Path root, boolean keep) {
        return new CheckRequest(spec, model, mode, workers, maxHeap, tools, root, keep, extraTlcArgs, library);
    }
}
