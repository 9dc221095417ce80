package dev.lockstep.validator.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tla2sany.st.Location;

/** The text of the spec's modules, to quote the conjunct a failure points at. */
final class SpecSource {
    private final Path specDir;
    private final Map<String, List<String>> lines = new HashMap<>();

    SpecSource(Path specDir) {
        this.specDir = specDir;
    }

    /** The file a module lives in, or null for modules outside the spec folder (standard modules). */
    Path file(String module) {
        Path p = specDir.resolve(module + ".tla");
        return Files.isRegularFile(p) ? p : null;
    }

    /** The source text at {@code loc}, on one line with runs of blanks collapsed. */
    String text(Location loc) {
        if (loc == null || loc.source() == null) {
            return "?";
        }
        List<String> src = lines.computeIfAbsent(loc.source(), m -> {
            Path f = file(m);
            try {
                return f == null ? List.of() : Files.readAllLines(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return List.of();
            }
        });
        int bl = loc.beginLine() - 1;
        int el = loc.endLine() - 1;
        if (bl < 0 || el >= src.size() || bl > el) {
            return loc.toString();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = bl; i <= el; i++) {
            String line = src.get(i);
            int from = i == bl ? Math.min(loc.beginColumn() - 1, line.length()) : 0;
            int to = i == el ? Math.min(loc.endColumn(), line.length()) : line.length();
            sb.append(line, Math.max(0, from), Math.max(from, to)).append(' ');
        }
        return sb.toString().trim().replaceAll("\\s+", " ");
    }
}
