package dev.lockstep.lsp;

import dev.lockstep.lsp.SpecIndex.Symbol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * {@code textDocument/documentSymbol}: the outline of each module in the document (SANY's index),
 * with the PlusCal algorithm (processes, procedures, labels) placed in the module that holds it.
 */
final class DocumentSymbolHandler {
    private final OpenDocuments docs;
    private final AnalysisScheduler scheduler;

    DocumentSymbolHandler(OpenDocuments docs, AnalysisScheduler scheduler) {
        this.docs = docs;
        this.scheduler = scheduler;
    }

    List<Either<SymbolInformation, DocumentSymbol>> documentSymbol(String uri) {
        OpenDocuments.Doc d = docs.get(uri);
        List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
        if (d == null) {
            return out;
        }
        SpecIndex idx = scheduler.index(uri);
        List<Symbol> modules = idx == null ? List.of() : idx.outlines().getOrDefault(d.path(), List.of());
        Optional<Symbol> algorithm = PlusCalOutline.algorithm(scheduler, uri).map(PlusCalOutline::of);
        boolean placed = false;
        for (Symbol m : modules) {
            List<Symbol> children = new ArrayList<>(m.children());
            if (algorithm.isPresent() && !placed && m.range().start().line() <= algorithm.get().range().start().line()) {
                children.add(0, algorithm.get());
                placed = true;
            }
            out.add(Either.forRight(LspConversions.documentSymbol(new Symbol(m.name(), m.kind(), m.detail(), m.range(), m.nameRange(), children))));
        }
        if (!placed && algorithm.isPresent()) {
            out.add(Either.forRight(LspConversions.documentSymbol(algorithm.get())));
        }
        return out;
    }
}
