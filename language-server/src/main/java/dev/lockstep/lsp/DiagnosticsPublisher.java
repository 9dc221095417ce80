package dev.lockstep.lsp;

import dev.lockstep.lsp.Analyses.CheckState;
import dev.lockstep.lsp.Analyses.ParseState;
import dev.lockstep.lsp.Analyses.ResolveState;
import dev.lockstep.lsp.OpenDocuments.Doc;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Sends the client the diagnostics of open documents, from the passes in {@link Analyses}, and
 * SANY's diagnostics in modules that are not open (a module an open one extends).
 */
final class DiagnosticsPublisher {
    private final OpenDocuments docs;
    private final Analyses analyses;
    private final Path standardModules;
    /** Per open document, the other files it published diagnostics for. */
    private final Map<String, Set<String>> publishedOthers = new ConcurrentHashMap<>();
    private volatile LanguageClient client;

    DiagnosticsPublisher(OpenDocuments docs, Analyses analyses, Path standardModules) {
        this.docs = docs;
        this.analyses = analyses;
        this.standardModules = standardModules;
    }

    void connect(LanguageClient client) {
        this.client = client;
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
    synchronized void publishDocument(String uri) {
        Doc doc = docs.get(uri);
        ParseState parsed = analyses.parsed(uri);
        if (doc == null || parsed == null || parsed.version() != doc.version()) {
            return; // edited meanwhile: the next pass publishes
        }
        int lines = Analyses.lineCount(doc.text());
        List<dev.lockstep.speclang.diag.Diagnostic> out = new ArrayList<>(parsed.parsed().diagnostics());
        if (!parsed.parsed().syntaxErrors()) {
            CheckState checked = analyses.checked(uri);
            ResolveState resolved = analyses.resolved(uri);
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

    /** Publishes a model configuration's diagnostics, unless the configuration was edited meanwhile. */
    synchronized void publishConfig(Doc computedFrom, List<dev.lockstep.speclang.diag.Diagnostic> diagnostics) {
        Doc doc = docs.get(computedFrom.uri());
        if (doc != null && doc.version() == computedFrom.version()) {
            publish(doc.uri(), doc.version(), LspConversions.toLsp(diagnostics));
        }
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
    synchronized void publishOthers(String uri, Doc doc, SpecAnalyzer.Analysis a) {
        Set<String> others = new HashSet<>();
        for (var e : a.diagnostics().entrySet()) {
            if (!e.getKey().equals(doc.path()) && !e.getKey().startsWith(standardModules)) {
                String other = docs.uriOf(e.getKey());
                if (!docs.isOpen(other) && !e.getValue().isEmpty()) {
                    others.add(other);
                    publish(other, null, LspConversions.toLsp(e.getValue()));
                }
            }
        }
        for (String stale : publishedOthers.getOrDefault(uri, Set.of())) {
            if (!others.contains(stale) && !docs.isOpen(stale)) {
                publish(stale, null, List.of());
            }
        }
        publishedOthers.put(uri, others);
    }

    /** Clears what a document that was closed published, its own and other files'. */
    synchronized void clear(String uri) {
        publish(uri, null, List.of());
        for (String other : publishedOthers.getOrDefault(uri, Set.of())) {
            publish(other, null, List.of());
        }
        publishedOthers.remove(uri);
    }

    /** Tells the user that a pass failed on the document (a bug in Lockstep, not in the spec). */
    void failed(Doc doc, Throwable e) {
        publish(doc.uri(), doc.version(), List.of(new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)),
                "Lockstep could not analyse this file: " + e, DiagnosticSeverity.Warning, "lockstep")));
    }

    private void publish(String uri, Integer version, List<Diagnostic> diagnostics) {
        LanguageClient c = client;
        if (c != null) {
            c.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, version));
        }
    }
}
