package dev.lockstep.lsp;

import dev.lockstep.lsp.SpecAnalyzer.Analysis;
import dev.lockstep.lsp.SpecIndex.Definition;
import dev.lockstep.lsp.SpecIndex.Kind;
import dev.lockstep.lsp.SpecIndex.Symbol;
import dev.lockstep.speclang.diag.SourcePosition;
import dev.lockstep.speclang.diag.SourceRange;
import dev.lockstep.speclang.resolve.ResolvedSpec;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
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
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Open documents, their analyses, and the requests about them. Analyses run on one thread,
 * debounced after edits; requests answer from the latest index of a document (the last one SANY
 * could build, so navigation keeps working while the text is briefly broken).
 */
final class TlaDocumentService implements TextDocumentService {
    private static final Pattern HEADER = Pattern.compile("^\\s*-{4,}\\s*MODULE\\s+([A-Za-z0-9_]+)");

    /** An open document. */
    private record Doc(String uri, Path path, String text, int version) {
    }

    /** spec-lang's diagnostics for one version of a document. */
    private record ParseState(int version, SpecAnalyzer.Parsed parsed) {
    }

    /** spec-lang's name errors for one version of a document. */
    private record ResolveState(int version, int lineCount, List<dev.lockstep.speclang.diag.Diagnostic> diagnostics,
                                Optional<ResolvedSpec> spec) {
    }

    /** SANY's diagnostics for one version of a document, by file. */
    private record CheckState(int version, int lineCount, Map<Path, List<dev.lockstep.speclang.diag.Diagnostic>> diagnostics) {
    }

    private final ServerConfig config;
    private final SpecAnalyzer analyzer;
    private final Map<String, Doc> docs = new ConcurrentHashMap<>();
    private final Map<String, SpecIndex> indexes = new ConcurrentHashMap<>();
    private final Map<String, ParseState> parses = new ConcurrentHashMap<>();
    private final Map<String, ResolveState> resolves = new ConcurrentHashMap<>();
    private final Map<String, CheckState> checks = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> pendingParse = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> pendingCheck = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> publishedOthers = new ConcurrentHashMap<>();
    private final Map<Path, String> uriOfPath = new ConcurrentHashMap<>();
    /** spec-lang parses: fast, on every edit. */
    private final ScheduledExecutorService parseThread;
    /** SANY checks: slower, one at a time, on open, save, and when typing pauses. */
    private final ScheduledExecutorService checkThread;
    /** Answers requests; may wait for a document's first check, so never the common pool. */
    private final ExecutorService requests;
    private volatile LanguageClient client;

    TlaDocumentService(ServerConfig config, SpecAnalyzer analyzer) {
        this.config = config;
        this.analyzer = analyzer;
        this.requests = Executors.newFixedThreadPool(4, r -> daemon(r, "lockstep-lsp-request"));
        this.parseThread = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "lockstep-lsp-parse"));
        this.checkThread = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "lockstep-lsp-sany"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    void connect(LanguageClient client) {
        this.client = client;
    }

    void close() {
        parseThread.shutdownNow();
        checkThread.shutdownNow();
        requests.shutdownNow();
    }

    /** Runs a request on the request threads; after shutdown it is answered with its fallback. */
    private <T> CompletableFuture<T> answer(java.util.function.Supplier<T> work, T fallback) {
        try {
            return CompletableFuture.supplyAsync(work, requests);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.completedFuture(fallback);
        }
    }

    // ---- document sync ----

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var td = params.getTextDocument();
        Doc doc = new Doc(td.getUri(), pathOf(td.getUri()), td.getText() == null ? "" : td.getText(), td.getVersion());
        docs.put(doc.uri(), doc);
        uriOfPath.put(doc.path(), doc.uri());
        scheduleParse(doc.uri(), 0);
        scheduleCheck(doc.uri(), 0);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        Doc old = docs.get(uri);
        if (old == null) {
            return;
        }
        String text = old.text();
        for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
            text = apply(text, change);
        }
        Integer v = params.getTextDocument().getVersion();
        docs.put(uri, new Doc(uri, old.path(), text, v == null ? old.version() + 1 : v));
        scheduleParse(uri, config.debounceMillis());
        scheduleCheck(uri, config.checkDelayMillis());
    }

    /** Applies a full or ranged change (the server asks for full sync, but tolerates either). */
    static String apply(String text, TextDocumentContentChangeEvent change) {
        if (change.getRange() == null) {
            return change.getText() == null ? "" : change.getText();
        }
        int start = offset(text, change.getRange().getStart());
        int end = offset(text, change.getRange().getEnd());
        if (end < start) {
            return text;
        }
        return text.substring(0, start) + (change.getText() == null ? "" : change.getText()) + text.substring(end);
    }

    /** The offset of {@code p} in {@code text}; a character past the end of its line means the line's end (LSP). */
    private static int offset(String text, Position p) {
        int line = 0;
        int i = 0;
        while (line < p.getLine() && i < text.length()) {
            if (text.charAt(i++) == '\n') {
                line++;
            }
        }
        int end = text.indexOf('\n', i);
        int lineEnd = end < 0 ? text.length() : end;
        return Math.min(lineEnd, i + Math.max(0, p.getCharacter()));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        Doc saved = docs.get(params.getTextDocument().getUri());
        if (saved == null) {
            return;
        }
        // Modules of the same folder may extend the saved one: analyse them all again.
        for (Doc d : docs.values()) {
            if (d.uri().equals(saved.uri()) || (d.path().getParent() != null && d.path().getParent().equals(saved.path().getParent()))) {
                scheduleCheck(d.uri(), 0);
            }
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        Doc doc = docs.remove(uri);
        for (Map<String, ScheduledFuture<?>> pending : List.of(pendingParse, pendingCheck)) {
            ScheduledFuture<?> f = pending.remove(uri);
            if (f != null) {
                f.cancel(false);
            }
        }
        indexes.remove(uri);
        parses.remove(uri);
        resolves.remove(uri);
        checks.remove(uri);
        if (doc != null) {
            uriOfPath.remove(doc.path());
        }
        publish(uri, null, List.of());
        for (String other : publishedOthers.getOrDefault(uri, Set.of())) {
            publish(other, null, List.of());
        }
        publishedOthers.remove(uri);
    }

    void reanalyzeAll() {
        for (String uri : docs.keySet()) {
            scheduleCheck(uri, 0);
        }
    }

    private void scheduleParse(String uri, long delayMillis) {
        schedule(parseThread, pendingParse, uri, delayMillis, () -> parse(uri));
    }

    private void scheduleCheck(String uri, long delayMillis) {
        schedule(checkThread, pendingCheck, uri, delayMillis, () -> check(uri));
    }

    /** Runs {@code task} after {@code delayMillis}, replacing a task for {@code uri} not started yet. */
    private static void schedule(ScheduledExecutorService thread, Map<String, ScheduledFuture<?>> pending, String uri,
                                 long delayMillis, Runnable task) {
        if (thread.isShutdown()) {
            return;
        }
        try {
            ScheduledFuture<?> next = thread.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
            ScheduledFuture<?> previous = pending.put(uri, next);
            if (previous != null) {
                previous.cancel(false);
            }
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    /**
     * The fast passes: spec-lang's parse, published at once (with the latest name and SANY errors
     * that still apply), then, unless the document changed meanwhile, spec-lang's name resolution,
     * published again.
     */
    private void parse(String uri) {
        Doc doc = docs.get(uri);
        if (doc == null) {
            return;
        }
        try {
            SpecAnalyzer.Parsed parsed = analyzer.parse(doc.path(), doc.text());
            parses.put(uri, new ParseState(doc.version(), parsed));
            publishDocument(uri);
            Doc now = docs.get(uri);
            if (!parsed.syntaxErrors() && now != null && now.version() == doc.version()) {
                SpecAnalyzer.Resolution r = analyzer.resolve(parsed, openTexts());
                resolves.put(uri, new ResolveState(doc.version(), lineCount(doc.text()), r.diagnostics(), r.spec()));
                publishDocument(uri);
            }
        } catch (RuntimeException | StackOverflowError e) {
            failed(doc, e);
        }
    }

    /** The semantic pass: SANY, when spec-lang accepts the current text. */
    private void check(String uri) {
        Doc doc = docs.get(uri);
        if (doc == null) {
            return;
        }
        try {
            ParseState parsed = parses.get(uri);
            if (parsed == null || parsed.version() != doc.version()) {
                parsed = new ParseState(doc.version(), analyzer.parse(doc.path(), doc.text()));
                parses.put(uri, parsed);
            }
            if (parsed.parsed().syntaxErrors()) {
                publishDocument(uri);
                return;
            }
            Analysis a = analyzer.check(doc.path(), doc.text(), openTexts());
            a.index().ifPresent(i -> indexes.put(uri, i));
            checks.put(uri, new CheckState(doc.version(), lineCount(doc.text()), a.diagnostics()));
            publishDocument(uri);
            publishOthers(uri, doc, a);
        } catch (RuntimeException | StackOverflowError e) {
            failed(doc, e);
        }
    }

    private Map<Path, String> openTexts() {
        Map<Path, String> open = new HashMap<>();
        for (Doc d : docs.values()) {
            open.put(d.path(), d.text());
        }
        return open;
    }

    private static int lineCount(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /**
     * Publishes the diagnostics of the document's current version, from three passes of
     * increasing cost: spec-lang's parse, spec-lang's name resolution, SANY's check. With syntax
     * errors only the parse counts. A later pass of this very version is authoritative for names:
     * SANY's check replaces spec-lang's name errors (SANY is the semantic reference). The result of
     * a pass over an older text with as many lines is carried over on the lines where the newer
     * passes report nothing: an edit within lines rarely moves an error, and dropping them until
     * the pass runs again would make errors flicker while typing.
     */
    private synchronized void publishDocument(String uri) {
        Doc doc = docs.get(uri);
        ParseState parsed = parses.get(uri);
        if (doc == null || parsed == null || parsed.version() != doc.version()) {
            return; // edited meanwhile: the next pass publishes
        }
        int lines = lineCount(doc.text());
        List<dev.lockstep.speclang.diag.Diagnostic> out = new ArrayList<>(parsed.parsed().diagnostics());
        if (!parsed.parsed().syntaxErrors()) {
            CheckState checked = checks.get(uri);
            ResolveState resolved = resolves.get(uri);
            List<dev.lockstep.speclang.diag.Diagnostic> sany = checked == null ? List.of()
                    : checked.diagnostics().getOrDefault(doc.path(), List.of());
            if (checked != null && checked.version() == doc.version()) {
                out.addAll(sany);
            } else {
                if (resolved != null && resolved.version() == doc.version()) {
                    out.addAll(resolved.diagnostics());
                } else if (resolved != null && resolved.lineCount() == lines) {
                    carryOver(out, resolved.diagnostics());
                }
                if (checked != null && checked.lineCount() == lines) {
                    carryOver(out, sany);
                }
            }
        }
        publish(uri, doc.version(), LspConversions.toLsp(out));
    }

    /** Adds the {@code older} diagnostics that are on lines where {@code out} has none. */
    private static void carryOver(List<dev.lockstep.speclang.diag.Diagnostic> out, List<dev.lockstep.speclang.diag.Diagnostic> older) {
        Set<Integer> taken = new HashSet<>();
        out.forEach(d -> taken.add(d.range() == null ? 0 : d.range().start().line()));
        for (var d : older) {
            if (!taken.contains(d.range() == null ? 0 : d.range().start().line())) {
                out.add(d);
            }
        }
    }

    /** SANY's diagnostics in other modules (a module this one extends, say). */
    private synchronized void publishOthers(String uri, Doc doc, Analysis a) {
        Set<String> others = new HashSet<>();
        for (var e : a.diagnostics().entrySet()) {
            if (!e.getKey().equals(doc.path()) && !e.getKey().startsWith(config.standardModules())) {
                String other = uriOf(e.getKey());
                if (!docs.containsKey(other) && !e.getValue().isEmpty()) {
                    others.add(other);
                    publish(other, null, LspConversions.toLsp(e.getValue()));
                }
            }
        }
        for (String stale : publishedOthers.getOrDefault(uri, Set.of())) {
            if (!others.contains(stale) && !docs.containsKey(stale)) {
                publish(stale, null, List.of());
            }
        }
        publishedOthers.put(uri, others);
    }

    private void failed(Doc doc, Throwable e) {
        publish(doc.uri(), doc.version(), List.of(new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)),
                "Lockstep could not analyse this file: " + e, DiagnosticSeverity.Warning, "lockstep")));
    }

    /**
     * The latest index of {@code uri}; when there is none yet and SANY's first check of it is
     * pending, waits for that (at most a few seconds) so a request right after opening is answered.
     */
    private SpecIndex index(String uri) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        SpecIndex idx = indexes.get(uri);
        while (idx == null && System.nanoTime() < deadline) {
            ScheduledFuture<?> f = pendingCheck.get(uri);
            if (f == null) {
                break;
            }
            try {
                f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (pendingCheck.get(uri) == f) {
                    idx = indexes.get(uri);
                    break;
                }
            } catch (java.util.concurrent.CancellationException e) {
                // replaced by a newer check: wait for that one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                break;
            }
            idx = indexes.get(uri);
        }
        return idx;
    }

    private void publish(String uri, Integer version, List<Diagnostic> diagnostics) {
        LanguageClient c = client;
        if (c != null) {
            c.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, version));
        }
    }

    // ---- paths and URIs ----

    private Path pathOf(String uri) {
        try {
            URI u = URI.create(uri);
            if ("file".equals(u.getScheme())) {
                return Path.of(u).toAbsolutePath().normalize();
            }
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // not a file URI: fall through
        }
        String name = uri.replaceAll("[^A-Za-z0-9_]", "_");
        return config.workDir().resolve("untitled").resolve(name + ".tla");
    }

    private String uriOf(Path p) {
        String known = uriOfPath.get(p);
        return known != null ? known : p.toUri().toString();
    }

    private Location location(SourceRange r) {
        return new Location(uriOf(r.file()), LspConversions.range(r));
    }

    private Optional<Doc> doc(String uri) {
        return Optional.ofNullable(docs.get(uri));
    }

    private Optional<Definition> definitionAt(String uri, Position p) {
        Doc d = docs.get(uri);
        SpecIndex idx = d == null ? null : index(uri);
        Optional<Definition> fromSany = idx == null ? Optional.empty() : idx.definitionAt(d.path(), p.getLine(), p.getCharacter());
        return fromSany.isPresent() || d == null ? fromSany : pluscalDefinitionAt(uri, d, p);
    }

    /**
     * Where SANY has nothing to say (the PlusCal algorithm lives in a comment): spec-lang's
     * resolution of PlusCal names (procedures, macros, labels, algorithm variables).
     */
    private Optional<Definition> pluscalDefinitionAt(String uri, Doc d, Position p) {
        ResolveState rs = resolves.get(uri);
        if (rs == null || rs.version() != d.version() || rs.spec().isEmpty()) {
            return Optional.empty();
        }
        Optional<dev.lockstep.speclang.resolve.Symbol> sym = rs.spec().get().symbolAt(new SourcePosition(p.getLine(), p.getCharacter()));
        if (sym.isEmpty() || sym.get().definition() == null) {
            return unitOrLabelAt(d, p);
        }
        var s = sym.get();
        SourceRange where = new SourceRange(s.definition().file() == null ? d.path() : s.definition().file(), s.definition().start(), s.definition().end());
        return Optional.of(new Definition(-1 - (s.hashCode() & 0x3fffffff), s.name(), Kind.OPERATOR, s.module() == null ? "" : s.module(),
                where, where, s.name() + "  (PlusCal " + s.kind().name().substring("PLUSCAL_".length()).toLowerCase(java.util.Locale.ROOT) + ")", ""));
    }

    /** The procedure, macro or label named by the word at {@code p} inside the algorithm ({@code call P}, {@code goto l}). */
    private Optional<Definition> unitOrLabelAt(Doc d, Position p) {
        Optional<Symbol> algorithm = PlusCalOutline.of(d.path(), d.text());
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
        java.util.ArrayDeque<Symbol> todo = new java.util.ArrayDeque<>(algorithm.get().children());
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

    /** Uses of a PlusCal name, from spec-lang's resolution. */
    private List<SourceRange> pluscalReferences(String uri, Definition def, boolean includeDeclaration) {
        ResolveState rs = resolves.get(uri);
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

    // ---- requests ----

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        return answer(() -> {
            List<Location> out = new ArrayList<>();
            definitionAt(params.getTextDocument().getUri(), params.getPosition()).ifPresent(d -> out.add(location(d.nameRange())));
            return Either.<List<? extends Location>, List<? extends LocationLink>>forLeft(out);
        }, Either.forLeft(List.of()));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return answer(() -> {
            String uri = params.getTextDocument().getUri();
            boolean decl = params.getContext() == null || params.getContext().isIncludeDeclaration();
            List<Location> out = new ArrayList<>();
            Optional<Definition> target = definitionAt(uri, params.getPosition());
            SpecIndex idx = indexes.get(uri);
            target.ifPresent(d -> (d.id() < 0 || idx == null ? pluscalReferences(uri, d, decl) : idx.references(d, decl))
                    .forEach(r -> out.add(location(r))));
            return out;
        }, List.of());
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return answer(() -> definitionAt(params.getTextDocument().getUri(), params.getPosition())
                .map(d -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, HoverText.markdown(d, textOf(d.range().file()))), null))
                .orElse(null), null);
    }

    /** The text of {@code file}: the open document's, else the file's, else empty. */
    private String textOf(Path file) {
        for (Doc d : docs.values()) {
            if (d.path().equals(file)) {
                return d.text();
            }
        }
        try {
            return Files.readString(file);
        } catch (Exception e) {
            return "";
        }
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return answer(() -> {
            List<CompletionItem> items = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            SpecIndex idx = docs.containsKey(params.getTextDocument().getUri()) ? index(params.getTextDocument().getUri()) : null;
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
            for (String k : Completions.KEYWORDS) {
                if (seen.add(k)) {
                    CompletionItem item = new CompletionItem(k);
                    item.setKind(CompletionItemKind.Keyword);
                    items.add(item);
                }
            }
            boolean pluscal = doc(params.getTextDocument().getUri()).map(d -> PlusCalOutline.hasAlgorithm(d.text())).orElse(false);
            if (pluscal) {
                for (String k : Completions.PLUSCAL) {
                    if (seen.add(k)) {
                        CompletionItem item = new CompletionItem(k);
                        item.setKind(CompletionItemKind.Keyword);
                        item.setDetail("PlusCal");
                        items.add(item);
                    }
                }
            }
            for (String[] op : Completions.OPERATORS) {
                CompletionItem item = new CompletionItem(op[0]);
                item.setKind(CompletionItemKind.Operator);
                item.setDetail(op[1]);
                items.add(item);
            }
            return Either.<List<CompletionItem>, CompletionList>forRight(new CompletionList(false, items));
        }, Either.forRight(new CompletionList(false, List.of())));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return answer(() -> {
            String uri = params.getTextDocument().getUri();
            Doc d = docs.get(uri);
            List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
            if (d == null) {
                return out;
            }
            SpecIndex idx = index(uri);
            List<Symbol> modules = idx == null ? List.of() : idx.outlines().getOrDefault(d.path(), List.of());
            Optional<Symbol> algorithm = PlusCalOutline.of(d.path(), d.text());
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
        }, List.of());
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return answer(() -> {
            String uri = params.getTextDocument().getUri();
            Doc d = docs.get(uri);
            List<CodeLens> out = new ArrayList<>();
            if (d == null) {
                return out;
            }
            String[] lines = d.text().split("\\r?\\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = HEADER.matcher(lines[i]);
                if (m.find()) {
                    Range r = new Range(new Position(i, 0), new Position(i, lines[i].length()));
                    List<Object> args = List.of(uri);
                    out.add(new CodeLens(r, new Command("Check model", "lockstep.check", args), null));
                    if (PlusCalOutline.hasAlgorithm(d.text())) {
                        out.add(new CodeLens(r, new Command("Translate PlusCal", "lockstep.translate", args), null));
                    }
                    out.add(new CodeLens(r, new Command("Generate Java", "lockstep.generate", args), null));
                    out.add(new CodeLens(r, new Command("Validate trace", "lockstep.validate", args), null));
                    break;
                }
            }
            return out;
        }, List.of());
    }
}
