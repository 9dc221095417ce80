package dev.lockstep.translator.analysis;

import dev.lockstep.speclang.diag.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a spec, sliced by source range (for the TLA+ text shown beside generated code). A
 * spec of several modules has one text per file; a range is sliced from its own file's text.
 */
public final class SourceText {
    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();
    private final Map<Path, SourceText> otherFiles;

    public SourceText(String text) {
        this(text, Map.of());
    }

    /** The root module's text, and the texts of the other modules by file. */
    public SourceText(String text, Map<Path, String> otherFiles) {
        this.text = text;
        Map<Path, SourceText> others = new HashMap<>();
        otherFiles.forEach((p, t) -> others.put(p, new SourceText(t)));
        this.otherFiles = Map.copyOf(others);
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
    }

    public String text() {
        return text;
    }

    private int offset(int line, int column) {
        if (line >= lineStarts.size()) {
            return text.length();
        }
        return Math.min(text.length(), lineStarts.get(line) + column);
    }

    /**
     * The text in {@code range}, its first line indented by its column so that the lines keep
     * their relative indentation; empty when the range is unknown.
     */
    public String slice(SourceRange range) {
        if (range == null) {
            return "";
        }
        if (range.file() != null && otherFiles.containsKey(range.file())) {
            return otherFiles.get(range.file()).slice(range);
        }
        int from = offset(range.start().line(), range.start().column());
        int to = offset(range.end().line(), range.end().column());
        if (from >= to) {
            return "";
        }
        return " ".repeat(range.start().column()) + text.substring(from, to);
    }
}
