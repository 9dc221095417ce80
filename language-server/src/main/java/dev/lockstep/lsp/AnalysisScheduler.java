package dev.lockstep.lsp;

import dev.lockstep.lsp.Analyses.CheckState;
import dev.lockstep.lsp.Analyses.ParseState;
import dev.lockstep.lsp.Analyses.ResolveState;
import dev.lockstep.lsp.OpenDocuments.Doc;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the passes over open documents and stores their results in {@link Analyses}: spec-lang's
 * parse and name resolution on one thread, debounced after edits; SANY's check on another, one at
 * a time, on open, on save and when typing pauses. A pass scheduled for a document replaces the
 * one pending for it that has not started. After each pass the {@link DiagnosticsPublisher}
 * publishes what applies to the document's current version. A model configuration ({@code .cfg})
 * gets {@link ConfigDocuments}' diagnostics from both passes instead, and its check pass indexes
 * the spec it belongs to (stored under the configuration's URI) for navigation from its names.
 */
final class AnalysisScheduler {
    private static final long WAIT_SECONDS = 10;

    private final SpecAnalyzer analyzer;
    private final OpenDocuments docs;
    private final Analyses analyses;
    private final DiagnosticsPublisher publisher;
    private final List<Path> libraryDirs;
    private final Map<String, ScheduledFuture<?>> pendingParse = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> pendingCheck = new ConcurrentHashMap<>();
    /** spec-lang parses: fast, on every edit. */
    private final ScheduledExecutorService parseThread;
    /** SANY checks: slower, one at a time, on open, save, and when typing pauses. */
    private final ScheduledExecutorService checkThread;

    AnalysisScheduler(SpecAnalyzer analyzer, OpenDocuments docs, Analyses analyses, DiagnosticsPublisher publisher,
                      List<Path> libraryDirs) {
        this.analyzer = analyzer;
        this.libraryDirs = List.copyOf(libraryDirs);
        this.docs = docs;
        this.analyses = analyses;
        this.publisher = publisher;
        this.parseThread = Executors.newSingleThreadScheduledExecutor(r -> TlaDocumentService.daemon(r, "lockstep-lsp-parse"));
        this.checkThread = Executors.newSingleThreadScheduledExecutor(r -> TlaDocumentService.daemon(r, "lockstep-lsp-sany"));
    }

    void close() {
        parseThread.shutdownNow();
        checkThread.shutdownNow();
    }

    void scheduleParse(String uri, long delayMillis) {
        schedule(parseThread, pendingParse, uri, delayMillis, () -> parse(uri));
    }

    void scheduleCheck(String uri, long delayMillis) {
        schedule(checkThread, pendingCheck, uri, delayMillis, () -> check(uri));
    }

    /** Cancels the passes pending for a closed document and drops its results. */
    void forget(String uri) {
        for (Map<String, ScheduledFuture<?>> pending : List.of(pendingParse, pendingCheck)) {
            ScheduledFuture<?> f = pending.remove(uri);
            if (f != null) {
                f.cancel(false);
            }
        }
        analyses.forget(uri);
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
        } catch (RejectedExecutionException e) {
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
        if (ConfigDocuments.isConfig(doc.path())) {
            checkConfig(doc, false);
            return;
        }
        try {
            SpecAnalyzer.Parsed parsed = analyzer.parse(doc.path(), doc.text());
            analyses.put(uri, new ParseState(doc.version(), parsed));
            publisher.publishDocument(uri);
            Doc now = docs.get(uri);
            if (!parsed.syntaxErrors() && now != null && now.version() == doc.version()) {
                SpecAnalyzer.Resolution r = analyzer.resolve(parsed, docs.texts());
                analyses.put(uri, new ResolveState(doc.version(), Analyses.lineCount(doc.text()), r.diagnostics(), r.spec()));
                publisher.publishDocument(uri);
            }
        } catch (RuntimeException | StackOverflowError e) {
            publisher.failed(doc, e);
        }
    }

    /** The semantic pass: SANY, when spec-lang accepts the current text. */
    private void check(String uri) {
        Doc doc = docs.get(uri);
        if (doc == null) {
            return;
        }
        if (ConfigDocuments.isConfig(doc.path())) {
            checkConfig(doc, true);
            return;
        }
        try {
            ParseState parsed = analyses.parsed(uri);
            if (parsed == null || parsed.version() != doc.version()) {
                parsed = new ParseState(doc.version(), analyzer.parse(doc.path(), doc.text()));
                analyses.put(uri, parsed);
            }
            if (parsed.parsed().syntaxErrors()) {
                publisher.publishDocument(uri);
                return;
            }
            SpecAnalyzer.Analysis a = analyzer.check(doc.path(), doc.text(), docs.texts());
            a.index().ifPresent(i -> analyses.put(uri, i));
            analyses.put(uri, new CheckState(doc.version(), Analyses.lineCount(doc.text()), a.diagnostics()));
            publisher.publishDocument(uri);
            publisher.publishOthers(uri, doc, a);
        } catch (RuntimeException | StackOverflowError e) {
            publisher.failed(doc, e);
        }
    }

    /** A configuration's diagnostics; with {@code index}, then SANY's index of its spec (when that exists). */
    private void checkConfig(Doc doc, boolean index) {
        try {
            publisher.publishConfig(doc, ConfigDocuments.diagnostics(doc, docs, libraryDirs));
            if (index) {
                ConfigDocuments.specOf(doc, docs).flatMap(spec -> analyzer.check(spec, docs.textOf(spec), docs.texts()).index())
                        .ifPresent(i -> analyses.put(doc.uri(), i));
            }
        } catch (RuntimeException | StackOverflowError e) {
            publisher.failed(doc, e);
        }
    }

    /**
     * The latest index of {@code uri}; when there is none yet and SANY's first check of it is
     * pending, waits for that (at most a few seconds) so a request right after opening is answered.
     */
    SpecIndex index(String uri) {
        return await(uri, pendingCheck, () -> analyses.index(uri));
    }

    /**
     * spec-lang's name resolution of version {@code version} of {@code uri}; when the parse pass that
     * computes it is still pending or running (its first result, the parse, is published before the
     * resolution), waits for it (at most a few seconds). Null when that version has no resolution
     * (a syntax error).
     */
    ResolveState resolved(String uri, int version) {
        return await(uri, pendingParse, () -> {
            ResolveState r = analyses.resolved(uri);
            return r != null && r.version() == version ? r : null;
        });
    }

    /** The latest parse of {@code uri}, waiting (at most a few seconds) for the first one. */
    ParseState parsed(String uri) {
        return await(uri, pendingParse, () -> analyses.parsed(uri));
    }

    private static <T> T await(String uri, Map<String, ScheduledFuture<?>> pending, java.util.function.Supplier<T> result) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        T r = result.get();
        while (r == null && System.nanoTime() < deadline) {
            ScheduledFuture<?> f = pending.get(uri);
            if (f == null) {
                break;
            }
            try {
                f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (pending.get(uri) == f) {
                    r = result.get();
                    break;
                }
            } catch (CancellationException e) {
                // replaced by a newer pass: wait for that one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException e) {
                break;
            }
            r = result.get();
        }
        return r;
    }
}
