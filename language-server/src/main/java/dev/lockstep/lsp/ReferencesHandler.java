package dev.lockstep.lsp;

import dev.lockstep.lsp.Analyses.ResolveState;
import dev.lockstep.lsp.SpecIndex.Definition;
import dev.lockstep.speclang.diag.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceParams;

/**
 * {@code textDocument/references}: the uses of the name at a position, from SANY's index, or for
 * a PlusCal name (which SANY does not see) from spec-lang's resolution.
 */
final class ReferencesHandler {
    private final OpenDocuments docs;
    private final Analyses analyses;
    private final DefinitionHandler definitions;

    ReferencesHandler(OpenDocuments docs, Analyses analyses, DefinitionHandler definitions) {
        this.docs = docs;
        this.analyses = analyses;
        this.definitions = definitions;
    }

    List<Location> references(ReferenceParams params) {
        String uri = params.getTextDocument().getUri();
        boolean decl = params.getContext() == null || params.getContext().isIncludeDeclaration();
        List<Location> out = new ArrayList<>();
        Optional<Definition> target = definitions.definitionAt(uri, params.getPosition());
        SpecIndex idx = analyses.index(uri);
        target.ifPresent(d -> (d.id() < 0 || idx == null ? pluscalReferences(uri, d, decl) : idx.references(d, decl))
                .forEach(r -> out.add(docs.location(r))));
        return out;
    }

    /** Uses of a PlusCal name, from spec-lang's resolution. */
    private List<SourceRange> pluscalReferences(String uri, Definition def, boolean includeDeclaration) {
        ResolveState rs = analyses.resolved(uri);
        List<SourceRange> out = new ArrayList<>();
        if (includeDeclaration) {
            out.add(def.nameRange());
        }
        if (rs != null && rs.spec().isPresent()) {
            for (var ref : rs.spec().get().references()) {
                var target = ref.target().definition();
                if (target != null && target.start().equals(def.nameRange().start()) && target.end().equals(def.nameRange().end())
                        && !ref.range().start().equals(def.nameRange().start())) {
                    out.add(new SourceRange(def.nameRange().file(), ref.range().start(), ref.range().end()));
                }
            }
        }
        return out;
    }
}
