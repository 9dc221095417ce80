package dev.lockstep.lsp;

import dev.lockstep.lsp.SpecIndex.Symbol;
import dev.lockstep.speclang.diag.SourceRange;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;

/**
 * Lockstep's data as LSP's: diagnostics (spec-lang's {@code Diagnostic} with its code and a
 * source naming the pass), 0-based ranges (the same numbers: both are 0-based), outline entries.
 */
final class LspConversions {
    private LspConversions() {
    }

    static List<Diagnostic> toLsp(List<dev.lockstep.speclang.diag.Diagnostic> ds) {
        List<Diagnostic> out = new ArrayList<>();
        for (var d : ds) {
            Diagnostic l = new Diagnostic(range(d.range()), d.message(), switch (d.severity()) {
                case ERROR -> DiagnosticSeverity.Error;
                case WARNING -> DiagnosticSeverity.Warning;
                case INFO -> DiagnosticSeverity.Information;
                case HINT -> DiagnosticSeverity.Hint;
            }, d.code().name().startsWith("LS4") ? "SANY" : "lockstep", d.code().id());
            out.add(l);
        }
        return out;
    }

    static Range range(SourceRange r) {
        if (r == null) {
            return new Range(new Position(0, 0), new Position(0, 0));
        }
        return new Range(new Position(r.start().line(), r.start().column()), new Position(r.end().line(), r.end().column()));
    }

    static DocumentSymbol documentSymbol(Symbol s) {
        Range range = range(s.range());
        Range sel = range(s.nameRange());
        if (!contains(range, sel)) {
            range = sel;
        }
        DocumentSymbol ds = new DocumentSymbol(s.name(), symbolKind(s), range, sel, s.detail());
        List<DocumentSymbol> children = new ArrayList<>();
        for (Symbol c : s.children()) {
            children.add(documentSymbol(c));
        }
        ds.setChildren(children);
        return ds;
    }

    static boolean contains(Range outer, Range inner) {
        return compare(outer.getStart(), inner.getStart()) <= 0 && compare(inner.getEnd(), outer.getEnd()) <= 0;
    }

    static int compare(Position a, Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine()) : Integer.compare(a.getCharacter(), b.getCharacter());
    }

    static SymbolKind symbolKind(Symbol s) {
        if ("label".equals(s.detail())) {
            return SymbolKind.Key;
        }
        if ("PlusCal algorithm".equals(s.detail())) {
            return SymbolKind.Namespace;
        }
        return switch (s.kind()) {
            case MODULE -> SymbolKind.Module;
            case CONSTANT -> SymbolKind.Constant;
            case VARIABLE -> SymbolKind.Variable;
            case THEOREM, ASSUMPTION -> SymbolKind.Boolean;
            case INSTANCE -> SymbolKind.Class;
            case PARAMETER, BOUND -> SymbolKind.TypeParameter;
            default -> SymbolKind.Function;
        };
    }
}
