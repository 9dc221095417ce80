package dev.lockstep.lsp;

import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.resolve.ResolvedSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest results of each pass over each open document, by URI, tagged with the document
 * version they were computed from: spec-lang's parse, spec-lang's name resolution, SANY's check,
 * and the last index SANY could build (kept while the text is briefly broken, so navigation keeps
 * working). The {@link AnalysisScheduler} writes them; the {@link DiagnosticsPublisher} and the
 * request handlers read them.
 */
final class Analyses {
    /** spec-lang's diagnostics for one version of a document. */
    record ParseState(int version, SpecAnalyzer.Parsed parsed) {
    }

    /** spec-lang's name errors for one version of a document. */
    record ResolveState(int version, int lineCount, List<Diagnostic> diagnostics, Optional<ResolvedSpec> spec) {
    }

    /** SANY's diagnostics for one version of a document, by file. */
    record CheckState(int version, int lineCount, Map<Path, List<Diagnostic>> diagnostics) {
    }

    private final Map<String, ParseState> parses = new ConcurrentHashMap<>();
    private final Map<String, ResolveState> resolves = new ConcurrentHashMap<>();
    private final Map<String, CheckState> checks = new ConcurrentHashMap<>();
    private final Map<String, SpecIndex> indexes = new ConcurrentHashMap<>();

    ParseState parsed(String uri) {
        return parses.get(uri);
    }

    ResolveState resolved(String uri) {
        return resolves.get(uri);
    }

    CheckState checked(String uri) {
        return checks.get(uri);
    }

    /** The last index SANY built for {@code uri}, or null; see {@link AnalysisScheduler#index}. */
    SpecIndex index(String uri) {
        return indexes.get(uri);
    }

    void put(String uri, ParseState s) {
        parses.put(uri, s);
    }

    void put(String uri, ResolveState s) {
        resolves.put(uri, s);
    }

    void put(String uri, CheckState s) {
        checks.put(uri, s);
    }

    void put(String uri, SpecIndex index) {
        indexes.put(uri, index);
    }

    void forget(String uri) {
        parses.remove(uri);
        resolves.remove(uri);
        checks.remove(uri);
        indexes.remove(uri);
    }

    static int lineCount(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
