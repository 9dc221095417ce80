package dev.lockstep.lsp;

import java.nio.file.Path;

/**
 * How a {@link LockstepLanguageServer} runs.
 *
 * @param workDir          the server's scratch folder (overlays, standard modules); the caller deletes it
 * @param standardModules  folder with the standard modules ({@link StandardModules})
 * @param debounceMillis   how long after an edit spec-lang's parse starts (a newer edit restarts the wait)
 * @param checkDelayMillis how long typing must pause before SANY checks the edited text (it always
 *                         runs at once on open and on save)
 */
public record ServerConfig(Path workDir, Path standardModules, long debounceMillis, long checkDelayMillis) {
}
