package dev.lockstep.lsp;

import java.nio.file.Path;

/**
 * How a {@link LockstepLanguageServer} runs.
 *
 * @param workDir         the server's scratch folder (overlays, standard modules); the caller deletes it
 * @param standardModules folder with the standard modules ({@link StandardModules})
 * @param debounceMillis  how long after the last edit the analysis starts
 */
public record ServerConfig(Path workDir, Path standardModules, long debounceMillis) {
}
