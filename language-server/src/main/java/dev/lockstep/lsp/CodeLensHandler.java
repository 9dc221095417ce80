package dev.lockstep.lsp;

import dev.lockstep.lsp.Analyses.ParseState;
import dev.lockstep.speclang.ast.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;

/**
 * {@code textDocument/codeLens}: Check model, Translate PlusCal (when the parse found an algorithm),
 * Generate Java and Validate trace, on the root module as spec-lang parsed it (the latest parse;
 * a text that has no module header yet has no lenses).
 */
final class CodeLensHandler {
    private final OpenDocuments docs;
    private final AnalysisScheduler scheduler;

    CodeLensHandler(OpenDocuments docs, AnalysisScheduler scheduler) {
        this.docs = docs;
        this.scheduler = scheduler;
    }

    List<CodeLens> codeLens(String uri) {
        OpenDocuments.Doc d = docs.get(uri);
        List<CodeLens> out = new ArrayList<>();
        ParseState parsed = d == null ? null : scheduler.parsed(uri);
        Optional<Module> module = parsed == null || parsed.parsed().tree() == null ? Optional.empty()
                : parsed.parsed().tree().module();
        if (module.isEmpty()) {
            return out;
        }
        Range r = LspConversions.range(module.get().range());
        List<Object> args = List.of(uri);
        out.add(new CodeLens(r, new Command("Check model", "lockstep.check", args), null));
        if (parsed.parsed().tree().algorithm().isPresent()) {
            out.add(new CodeLens(r, new Command("Translate PlusCal", "lockstep.translate", args), null));
        }
        out.add(new CodeLens(r, new Command("Generate Java", "lockstep.generate", args), null));
        out.add(new CodeLens(r, new Command("Validate trace", "lockstep.validate", args), null));
        return out;
    }
}
