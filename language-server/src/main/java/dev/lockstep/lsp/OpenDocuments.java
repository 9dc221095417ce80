package dev.lockstep.lsp;

import dev.lockstep.speclang.diag.SourceRange;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The editor's open documents by URI, and the files they stand for. The editor's text of an open
 * document wins over the file on disk for every analysis. A URI that is no file ({@code untitled:})
 * stands for a file in the server's scratch folder. Safe to use from the server's threads.
 */
final class OpenDocuments {
    /** One version of an open document. */
    record Doc(String uri, Path path, String text, int version) {
    }

    private final Path workDir;
    private final Map<String, Doc> docs = new ConcurrentHashMap<>();
    private final Map<Path, String> uriOfPath = new ConcurrentHashMap<>();

    /** @param workDir the server's scratch folder, where untitled documents get a path */
    OpenDocuments(Path workDir) {
        this.workDir = workDir;
    }

    Doc open(String uri, String text, int version) {
        Doc doc = new Doc(uri, pathOf(uri), text == null ? "" : text, version);
        docs.put(uri, doc);
        uriOfPath.put(doc.path(), uri);
        return doc;
    }

    /** Applies {@code changes} to an open document; empty when it is not open. */
    Optional<Doc> change(String uri, List<TextDocumentContentChangeEvent> changes, Integer version) {
        Doc old = docs.get(uri);
        if (old == null) {
            return Optional.empty();
        }
        String text = old.text();
        for (TextDocumentContentChangeEvent change : changes) {
            text = apply(text, change);
        }
        Doc doc = new Doc(uri, old.path(), text, version == null ? old.version() + 1 : version);
        docs.put(uri, doc);
        return Optional.of(doc);
    }

    Optional<Doc> close(String uri) {
        Doc doc = docs.remove(uri);
        if (doc != null) {
            uriOfPath.remove(doc.path());
        }
        return Optional.ofNullable(doc);
    }

    /** The open document {@code uri}, or null. */
    Doc get(String uri) {
        return docs.get(uri);
    }

    boolean isOpen(String uri) {
        return docs.containsKey(uri);
    }

    Collection<Doc> all() {
        return docs.values();
    }

    /** The editor's texts by path, which analyses read before the disk. */
    Map<Path, String> texts() {
        Map<Path, String> open = new HashMap<>();
        for (Doc d : docs.values()) {
            open.put(d.path(), d.text());
        }
        return open;
    }

    /** The text of {@code file}: the open document's, else the file's, else empty. */
    String textOf(Path file) {
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

    /** The file a URI stands for. */
    Path pathOf(String uri) {
        try {
            URI u = URI.create(uri);
            if ("file".equals(u.getScheme())) {
                return Path.of(u).toAbsolutePath().normalize();
            }
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // not a file URI: fall through
        }
        String name = uri.replaceAll("[^A-Za-z0-9_]", "_");
        return workDir.resolve("untitled").resolve(name + ".tla");
    }

    /** The URI of {@code p}: the open document's, else the file's. */
    String uriOf(Path p) {
        String known = uriOfPath.get(p);
        return known != null ? known : p.toUri().toString();
    }

    Location location(SourceRange r) {
        return new Location(uriOf(r.file()), LspConversions.range(r));
    }
}
