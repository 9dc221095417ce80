package dev.lockstep.lsp;

import dev.lockstep.speclang.diag.SourceRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the modules of one analysis are (the overlay of open documents, the spec's folder, the
 * standard modules) and their text (open documents first, then disk).
 */
final class ModuleSources {
    final Path overlay;
    final Path folder;
    final Path std;
    final Map<Path, String> texts;
    final Path root;
    final String rootFileName;
    final Map<String, Path> innerModules = new HashMap<>();
    private final Map<Path, String[]> lines = new HashMap<>();

    ModuleSources(Path overlay, Path folder, Path std, Map<Path, String> texts, Path root, String rootFileName) {
        this.overlay = overlay;
        this.folder = folder;
        this.std = std;
        this.texts = texts;
        this.root = root;
        this.rootFileName = rootFileName;
    }

    /** The file a path SANY used stands for: an overlay copy stands for the user's file. */
    Path userPath(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        if (abs.getParent() != null && abs.getParent().equals(overlay)) {
            String n = abs.getFileName().toString();
            return n.equals(rootFileName) ? root : (folder == null ? abs : folder.resolve(n));
        }
        return abs;
    }

    /** The file holding module {@code name}. */
    Path fileOfModule(String name) {
        Path inner = innerModules.get(name);
        if (inner != null) {
            return inner;
        }
        if (root.getFileName().toString().equals(name + ".tla") || rootFileName.equals(name + ".tla")) {
            return root;
        }
        if (folder != null) {
            Path p = folder.resolve(name + ".tla");
            if (texts.containsKey(p) || Files.isRegularFile(p)) {
                return p;
            }
        }
        Path s = std.resolve(name + ".tla");
        if (Files.isRegularFile(s)) {
            return s;
        }
        return root;
    }

    String[] linesOf(Path file) {
        return lines.computeIfAbsent(file, f -> {
            String t = texts.get(f);
            if (t == null) {
                try {
                    t = Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException | RuntimeException e) {
                    t = "";
                }
            }
            return t.split("\\r?\\n", -1);
        });
    }

    /** The first whole-word occurrence of {@code word} in {@code file}. */
    Optional<SourceRange> findWord(Path file, String word) {
        String[] ls = linesOf(file);
        for (int i = 0; i < ls.length; i++) {
            int col = SpecAnalyzer.wordIndex(ls[i], word, 0);
            if (col >= 0) {
                return Optional.of(SourceRange.of(file, i, col, i, col + word.length()));
            }
        }
        return Optional.empty();
    }
}
