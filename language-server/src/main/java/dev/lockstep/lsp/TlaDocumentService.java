package dev.lockstep.lsp;

import dev.lockstep.bridge.config.SpecFiles;
import dev.lockstep.lsp.OpenDocuments.Doc;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The text document side of the protocol, as an adapter: document notifications update the
 * {@link OpenDocuments} and schedule passes ({@link AnalysisScheduler}), whose results the
 * {@link DiagnosticsPublisher} publishes; each request goes to its handler on the request threads
 * and is answered from the latest analyses of the document.
 */
final class TlaDocumentService implements TextDocumentService {
    private final ServerConfig config;
    private final OpenDocuments docs;
    private final DiagnosticsPublisher publisher;
    private final AnalysisScheduler scheduler;
    private final DefinitionHandler definitions;
    private final ReferencesHandler references;
    private final HoverHandler hovers;
    private final CompletionHandler completions;
    private final DocumentSymbolHandler symbols;
    private final CodeLensHandler lenses;
    /** Answers requests; may wait for a document's first check, so never the common pool. */
    private final ExecutorService requests;

    TlaDocumentService(ServerConfig config, SpecAnalyzer analyzer) {
        this.config = config;
        this.docs = new OpenDocuments(config.workDir());
        Analyses analyses = new Analyses();
        this.publisher = new DiagnosticsPublisher(docs, analyses, config.standardModules());
        this.scheduler = new AnalysisScheduler(analyzer, docs, analyses, publisher, config.libraryDirs());
        this.definitions = new DefinitionHandler(docs, scheduler);
        this.references = new ReferencesHandler(docs, analyses, definitions);
        this.hovers = new HoverHandler(docs, definitions);
        this.completions = new CompletionHandler(docs, scheduler);
        this.symbols = new DocumentSymbolHandler(docs, scheduler);
        this.lenses = new CodeLensHandler(docs, scheduler);
        this.requests = Executors.newFixedThreadPool(4, r -> daemon(r, "lockstep-lsp-request"));
    }

    static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    void connect(LanguageClient client) {
        publisher.connect(client);
    }

    void close() {
        scheduler.close();
        requests.shutdownNow();
    }

    /** Runs a request on the request threads; after shutdown it is answered with its fallback. */
    private <T> CompletableFuture<T> answer(Supplier<T> work, T fallback) {
        try {
            return CompletableFuture.supplyAsync(work, requests);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(fallback);
        }
    }

    // ---- document sync ----

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var td = params.getTextDocument();
        Doc doc = docs.open(td.getUri(), td.getText(), td.getVersion());
        scheduler.scheduleParse(doc.uri(), 0);
        scheduler.scheduleCheck(doc.uri(), 0);
        rereadConfig(doc.path());
    }

    /** The open configuration of the spec {@code spec} reads the spec's new text (its LS503 warnings). */
    private void rereadConfig(Path spec) {
        String cfg = docs.uriOf(SpecFiles.defaultConfig(spec));
        if (!ConfigDocuments.isConfig(spec) && docs.isOpen(cfg)) {
            scheduler.scheduleParse(cfg, config.debounceMillis());
        }
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        docs.change(uri, params.getContentChanges(), params.getTextDocument().getVersion()).ifPresent(doc -> {
            scheduler.scheduleParse(uri, config.debounceMillis());
            scheduler.scheduleCheck(uri, config.checkDelayMillis());
            rereadConfig(doc.path());
        });
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        Doc saved = docs.get(params.getTextDocument().getUri());
        if (saved == null) {
            return;
        }
        // Modules of the same folder may extend the saved one: analyse them all again.
        for (Doc d : docs.all()) {
            if (d.uri().equals(saved.uri()) || (d.path().getParent() != null && d.path().getParent().equals(saved.path().getParent()))) {
                scheduler.scheduleCheck(d.uri(), 0);
            }
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        docs.close(uri);
        scheduler.forget(uri);
        publisher.clear(uri);
    }

    void reanalyzeAll() {
        for (Doc d : docs.all()) {
            scheduler.scheduleCheck(d.uri(), 0);
        }
    }

    // ---- requests ----

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        return answer(() -> Either.<List<? extends Location>, List<? extends LocationLink>>forLeft(definitions.definition(params)),
                Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return answer(() -> references.references(params), List.of());
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return answer(() -> hovers.hover(params), null);
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return answer(() -> Either.<List<CompletionItem>, CompletionList>forRight(completions.completion(params)),
                Either.forRight(new CompletionList(false, List.of())));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return answer(() -> symbols.documentSymbol(params.getTextDocument().getUri()), List.of());
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return answer(() -> lenses.codeLens(params.getTextDocument().getUri()), List.of());
    }
}
