package dev.lockstep.lsp;

import java.nio.file.Path;
import java.util.List;

/**
 * How a {@link LockstepLanguageServer} runs.
 *
 * @param workDir          the server's scratch folder (overlays, standard modules); the caller deletes it
 * @param standardModules  folder with the standard modules ({@link StandardModules})
 * @param debounceMillis   how long after an edit spec-lang's parse starts (a newer edit restarts the wait)
 * @param checkDelayMillis how long typing must pause before SANY checks the edited text (it always
 *                         runs at once on open and on save)
 * @param libraryDirs      the user's library folders ({@code --library}), searched after a spec's
 *                         folder and before Lockstep's library (which {@link StandardModules} puts
 *                         beside the standard modules)
 */
public record ServerConfig(Path workDir, Path standardModules, long debounceMillis, long checkDelayMillis,
                           List<Path> libraryDirs) {
    public ServerConfig {
        libraryDirs = List.copyOf(libraryDirs);
    }

    /** A configuration without user library folders. */
    public ServerConfig(Path workDir, Path standardModules, long debounceMillis, long checkDelayMillis) {
        this(workDir, standardModules, debounceMillis, checkDelayMillis, List.of());
    }
}
