package dev.lockstep.speclang;

import dev.lockstep.speclang.ast.Algorithm;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@link SpecParser} found in one file: its modules (normally one; more when the file holds
 * several), the PlusCal algorithm in a comment if there is one, and every diagnostic. A result with
 * errors still carries as much of the tree as error recovery could build.
 *
 * @param file        the file, or null when parsed from a string without a path
 * @param text        the source text
 * @param modules     the modules in file order
 * @param algorithm   the PlusCal algorithm, if the module has one
 * @param diagnostics lexical, syntax, precedence and PlusCal diagnostics, in source order
 */
public record ParseResult(Path file, String text, List<Module> modules, Optional<Algorithm> algorithm,
                          List<Diagnostic> diagnostics) {
    public ParseResult {
        modules = List.copyOf(modules);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The first (root) module, if any module header was found. */
    public Optional<Module> module() {
        return modules.isEmpty() ? Optional.empty() : Optional.of(modules.get(0));
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
