package dev.lockstep.translator;

import dev.lockstep.speclang.diag.Diagnostic;
import java.util.List;

/**
 * The result of projecting one spec into Java: the files, the spec checksum they carry, what was
 * translated into real Java and what was left for the user to implement, and diagnostics.
 *
 * @param files          generated and user files, in a stable order
 * @param specSha256     SHA-256 of the spec (and its configuration), as recorded in the files
 * @param actions        the spec's actions (log names), in the order of the next-state relation
 * @param untranslated   definitions and actions that became methods for the user to implement
 * @param diagnostics    problems found (errors mean no files)
 */
public record Generation(List<GeneratedFile> files, String specSha256, List<String> actions,
                         List<String> untranslated, List<Diagnostic> diagnostics) {
    public Generation {
        files = List.copyOf(files);
        actions = List.copyOf(actions);
        untranslated = List.copyOf(untranslated);
        diagnostics = List.copyOf(diagnostics);
    }
}
