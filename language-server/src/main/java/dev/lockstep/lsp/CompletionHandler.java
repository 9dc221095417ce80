package dev.lockstep.lsp;

import dev.lockstep.bridge.config.TlcConfigReader;
import dev.lockstep.lsp.SpecIndex.Definition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;

/**
 * {@code textDocument/completion}: the names in scope (SANY's index, with the modules they come
 * from), TLA+ keywords, PlusCal keywords in a module with an algorithm, and the operators; in a
 * model configuration, the names of its spec and the configuration's keywords.
 */
final class CompletionHandler {
    private final OpenDocuments docs;
    private final AnalysisScheduler scheduler;

    CompletionHandler(OpenDocuments docs, AnalysisScheduler scheduler) {
        this.docs = docs;
        this.scheduler = scheduler;
    }

    CompletionList completion(CompletionParams params) {
        String uri = params.getTextDocument().getUri();
        List<CompletionItem> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        SpecIndex idx = docs.isOpen(uri) ? scheduler.index(uri) : null;
        if (idx != null) {
            for (Definition d : idx.inScope()) {
                if (seen.add(d.name())) {
                    CompletionItem item = new CompletionItem(d.name());
                    item.setKind(switch (d.kind()) {
                        case CONSTANT -> CompletionItemKind.Constant;
                        case VARIABLE -> CompletionItemKind.Variable;
                        case MODULE -> CompletionItemKind.Module;
                        default -> CompletionItemKind.Function;
                    });
                    item.setDetail(d.signature() + "  (" + d.module() + ")");
                    items.add(item);
                }
            }
        }
        if (docs.get(uri) != null && ConfigDocuments.isConfig(docs.get(uri).path())) {
            new TreeSet<>(TlcConfigReader.KEYWORDS).stream().filter(seen::add).forEach(k -> items.add(keyword(k, "TLC configuration")));
            return new CompletionList(false, items);
        }
        for (String k : Completions.KEYWORDS) {
            if (seen.add(k)) {
                items.add(keyword(k, null));
            }
        }
        if (docs.get(uri) != null && PlusCalOutline.algorithm(scheduler, uri).isPresent()) {
            for (String k : Completions.PLUSCAL) {
                if (seen.add(k)) {
                    items.add(keyword(k, "PlusCal"));
                }
            }
        }
        for (String[] op : Completions.OPERATORS) {
            CompletionItem item = new CompletionItem(op[0]);
            item.setKind(CompletionItemKind.Operator);
            item.setDetail(op[1]);
            items.add(item);
        }
        return new CompletionList(false, items);
    }

    private static CompletionItem keyword(String k, String detail) {
        CompletionItem item = new CompletionItem(k);
        item.setKind(CompletionItemKind.Keyword);
        if (detail != null) {
            item.setDetail(detail);
        }
        return item;
    }
}
