package dev.lockstep.speclang.resolve;

import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.diag.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The phase after resolving (parsed, resolved, checked; style rule 11): the {@link ResolvedSpec},
 * whose diagnostics include the level errors (LS205-LS208), and the {@link Level} of every
 * definition the root module sees, by the name it sees it under ({@code Def} for its own and
 * extended or instantiated modules' definitions, {@code I!Def} for a named instance's). Later stages
 * (the translator) classify definitions with these levels instead of deriving their own.
 */
public record CheckedSpec(ResolvedSpec resolved, Map<String, Level> definitionLevels) {
    public CheckedSpec {
        definitionLevels = Map.copyOf(definitionLevels);
    }

    /**
     * The checked phase of {@code parsed}: {@link Resolver#resolve(ParseResult, ModuleLoader)} plus, from
     * the same level check, the level of every definition the root module sees (found even where a
     * name is unknown).
     */
    public static CheckedSpec of(ParseResult parsed, ModuleLoader loader) {
        return Resolver.check(parsed, loader, true, true, new java.util.HashMap<>());
    }

    /** The level of the definition the root module sees as {@code name}; empty for a name it does not define. */
    public Optional<Level> levelOf(String name) {
        return Optional.ofNullable(definitionLevels.get(name));
    }

    public List<Diagnostic> allDiagnostics() {
        return resolved.allDiagnostics();
    }

    public boolean hasErrors() {
        return resolved.hasErrors();
    }
}
