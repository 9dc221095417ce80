package dev.lockstep.speclang.resolve;

import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The phase after parsing (style rule 4): the {@link ParseResult} it builds on, every resolved use
 * of a name with its target, and the resolver's own diagnostics (LS2xx).
 */
public record ResolvedSpec(ParseResult parsed, List<Reference> references, List<Diagnostic> diagnostics) {
    public ResolvedSpec {
        references = List.copyOf(references);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Parse and resolve diagnostics together, in source order. */
    public List<Diagnostic> allDiagnostics() {
        List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
        all.addAll(diagnostics);
        all.sort(java.util.Comparator.comparing((Diagnostic d) -> d.range() == null ? null : d.range().start(),
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return all;
    }

    public boolean hasErrors() {
        return parsed.hasErrors() || diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /**
     * The symbol used at {@code pos} (for go-to-definition): the innermost resolved use covering it
     * (an operator symbol's use covers its whole application).
     */
    public Optional<Symbol> symbolAt(SourcePosition pos) {
        Reference best = null;
        for (Reference r : references) {
            if (r.range().start().compareTo(pos) <= 0 && pos.compareTo(r.range().end()) < 0
                    && (best == null || best.range().start().compareTo(r.range().start()) <= 0
                    && r.range().end().compareTo(best.range().end()) <= 0)) {
                best = r;
            }
        }
        return Optional.ofNullable(best).map(Reference::target);
    }
}
