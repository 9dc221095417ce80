package dev.lockstep.bridge.config;

import dev.lockstep.speclang.diag.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a CONSTANT section. The name may be a path through instances ({@code a!b!c}).
 * {@code module} is the {@code [Mod]} scope: the entry then applies in module {@code Mod} (an
 * instantiated or extended module) rather than in the root module.
 */
public sealed interface ConstantEntry {

    /** The assigned or substituted name, as written ({@code N}, {@code Inst!N}). */
    String name();

    /** Where the name is written. */
    SourceRange range();

    /** The {@code [Mod]} scope, if any. */
    Optional<String> module();

    /** The entry as a configuration writes it ({@code N <- [Mod] Def}, {@code f(1) = {a}}). */
    default String asWritten() {
        String scope = module().map(m -> "[" + m + "] ").orElse("");
        if (this instanceof Substitution s) {
            return name() + " <- " + scope + s.definition();
        }
        Assignment a = (Assignment) this;
        String args = a.arguments().isEmpty() ? ""
                : a.arguments().stream().map(ConfigValue::asWritten).collect(java.util.stream.Collectors.joining(", ", "(", ")"));
        return name() + args + " = " + scope + a.value().asWritten();
    }

    /**
     * {@code name = value}, {@code name = [Mod] value}, or an operator given by its values at some
     * arguments, {@code f(1, a) = 3}.
     */
    record Assignment(String name, SourceRange range, List<ConfigValue> arguments, Optional<String> module,
                      ConfigValue value) implements ConstantEntry {
        public Assignment {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code name <- definition} or {@code name <- [Mod] definition}: the name is replaced by a definition. */
    record Substitution(String name, SourceRange range, Optional<String> module, String definition,
                        SourceRange definitionRange) implements ConstantEntry {
    }
}
