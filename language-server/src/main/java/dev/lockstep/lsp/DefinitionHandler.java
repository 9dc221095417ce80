package dev.lockstep.lsp;

import dev.lockstep.lsp.Analyses.ResolveState;
import dev.lockstep.lsp.OpenDocuments.Doc;
import dev.lockstep.lsp.SpecIndex.Definition;
import dev.lockstep.lsp.SpecIndex.Kind;
import dev.lockstep.lsp.SpecIndex.Symbol;
import dev.lockstep.speclang.diag.SourcePosition;
import dev.lockstep.speclang.diag.SourceRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;

/**
 * {@code textDocument/definition}, and the lookup that references and hover share: the definition
 * of the name at a position, from SANY's index, else (inside the PlusCal algorithm, which SANY does
 * not read) from spec-lang's resolution; in a model configuration, from the index of its spec.
 */
final class DefinitionHandler {
    private final OpenDocuments docs;
    private final AnalysisScheduler scheduler;

    DefinitionHandler(OpenDocuments docs, AnalysisScheduler scheduler) {
        this.docs = docs;
        this.scheduler = scheduler;
    }

    List<Location> definition(DefinitionParams params) {
        List<Location> out = new ArrayList<>();
        definitionAt(params.getTextDocument().getUri(), params.getPosition()).ifPresent(d -> out.add(docs.location(d.nameRange())));
        return out;
    }

    /** The definition of the name at {@code p} in the open document {@code uri}. */
    Optional<Definition> definitionAt(String uri, Position p) {
        Doc d = docs.get(uri);
        if (d != null && ConfigDocuments.isConfig(d.path())) {
            return configDefinitionAt(uri, d, p);
        }
        SpecIndex idx = d == null ? null : scheduler.index(uri);
        Optional<Definition> fromSany = idx == null ? Optional.empty() : idx.definitionAt(d.path(), p.getLine(), p.getCharacter());
        return fromSany.isPresent() || d == null ? fromSany : pluscalDefinitionAt(uri, d, p);
    }

    /** In a model configuration: the spec's top-level definition of the name written at {@code p}. */
    private Optional<Definition> configDefinitionAt(String uri, Doc d, Position p) {
        Optional<String> name = ConfigDocuments.nameAt(d, p.getLine(), p.getCharacter());
        SpecIndex idx = name.isEmpty() ? null : scheduler.index(uri);
        return idx == null ? Optional.empty() : idx.inScope().stream().filter(def -> def.name().equals(name.get())).findFirst();
    }

    /**
     * Where SANY has nothing to say (the PlusCal algorithm lives in a comment): spec-lang's
     * resolution of PlusCal names (procedures, macros, labels, algorithm variables).
     */
    private Optional<Definition> pluscalDefinitionAt(String uri, Doc d, Position p) {
        ResolveState rs = scheduler.resolved(uri, d.version());
        if (rs == null || rs.spec().isEmpty()) {
            return Optional.empty();
        }
        Optional<dev.lockstep.speclang.resolve.Symbol> sym = rs.spec().get().symbolAt(new SourcePosition(p.getLine(), p.getCharacter()));
        if (sym.isEmpty() || sym.get().definition() == null) {
            return unitOrLabelAt(uri, d, p);
        }
        var s = sym.get();
        SourceRange where = new SourceRange(s.definition().file() == null ? d.path() : s.definition().file(), s.definition().start(), s.definition().end());
        return Optional.of(new Definition(-1 - (s.hashCode() & 0x3fffffff), s.name(), Kind.OPERATOR, s.module() == null ? "" : s.module(),
                where, where, s.name() + "  (PlusCal " + s.kind().name().substring("PLUSCAL_".length()).toLowerCase(Locale.ROOT) + ")", ""));
    }

    /** The procedure, macro or label named by the word at {@code p} inside the algorithm ({@code call P}, {@code goto l}). */
    private Optional<Definition> unitOrLabelAt(String uri, Doc d, Position p) {
        Optional<Symbol> algorithm = PlusCalOutline.algorithm(scheduler, uri).map(PlusCalOutline::of);
        String[] lines = d.text().split("\\r?\\n", -1);
        if (algorithm.isEmpty() || p.getLine() >= lines.length || !SpecIndex.contains(algorithm.get().range(), d.path(), p.getLine(), p.getCharacter())) {
            return Optional.empty();
        }
        String line = lines[p.getLine()];
        int a = Math.min(p.getCharacter(), line.length());
        int b = a;
        while (a > 0 && (Character.isLetterOrDigit(line.charAt(a - 1)) || line.charAt(a - 1) == '_')) {
            a--;
        }
        while (b < line.length() && (Character.isLetterOrDigit(line.charAt(b)) || line.charAt(b) == '_')) {
            b++;
        }
        String word = line.substring(a, b);
        ArrayDeque<Symbol> todo = new ArrayDeque<>(algorithm.get().children());
        while (!todo.isEmpty()) {
            Symbol s = todo.pop();
            if (s.name().equals(word)) {
                return Optional.of(new Definition(-1 - (word.hashCode() & 0x3fffffff), word, Kind.OPERATOR, "", s.nameRange(), s.nameRange(),
                        word + "  (PlusCal " + ("label".equals(s.detail()) ? "label" : "procedure or process") + ")", ""));
            }
            todo.addAll(s.children());
        }
        return Optional.empty();
    }
}
