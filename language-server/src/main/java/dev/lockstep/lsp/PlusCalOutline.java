package dev.lockstep.lsp;

import dev.lockstep.lsp.SpecIndex.Kind;
import dev.lockstep.lsp.SpecIndex.Symbol;
import dev.lockstep.speclang.diag.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline of a PlusCal algorithm (the PlusCal manual, sections 2 and 3): its processes,
 * procedures and macros, and their labels, read from the algorithm's comment. SANY does not read
 * PlusCal, so this is a line scan of P-syntax and C-syntax declarations, not a parse.
 */
final class PlusCalOutline {
    private static final Pattern START = Pattern.compile("--(?:fair\\s+)?algorithm\\s+([A-Za-z0-9_]+)");
    private static final Pattern UNIT = Pattern.compile(
            "^\\s*(?:fair\\+?\\s+)?(process|procedure|macro)\\s*\\(?\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern LABEL = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*:[+-]?(?!=)");
    private static final Pattern END = Pattern.compile("\\bend\\s+algorithm\\b|\\*\\)");

    private PlusCalOutline() {
    }

    /** Whether {@code text} holds a PlusCal algorithm. */
    static boolean hasAlgorithm(String text) {
        return START.matcher(text).find();
    }

    /** The algorithm's outline, or empty when the module has no algorithm. */
    static Optional<Symbol> of(Path file, String text) {
        String[] lines = text.split("\\r?\\n", -1);
        int startLine = -1;
        Matcher start = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = START.matcher(lines[i]);
            if (m.find()) {
                startLine = i;
                start = m;
                break;
            }
        }
        if (start == null) {
            return Optional.empty();
        }
        List<Symbol> units = new ArrayList<>();
        String unitName = null;
        Kind unitKind = null;
        SourceRange unitRange = null;
        List<Symbol> labels = new ArrayList<>();
        List<Symbol> topLabels = new ArrayList<>();
        int endLine = lines.length - 1;
        for (int i = startLine + 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("\\*")) {
                continue;
            }
            Matcher unit = UNIT.matcher(line);
            if (unit.find()) {
                if (unitName != null) {
                    units.add(new Symbol(unitName, unitKind, "", extend(unitRange, i - 1, lines), unitRange, labels));
                }
                unitName = unit.group(2);
                unitKind = unit.group(1).equals("process") ? Kind.INSTANCE : Kind.OPERATOR;
                unitRange = SourceRange.of(file, i, unit.start(2), i, unit.end(2));
                labels = new ArrayList<>();
                continue;
            }
            Matcher label = LABEL.matcher(line);
            if (label.find() && !line.contains("==")) {
                SourceRange r = SourceRange.of(file, i, label.start(1), i, label.end(1));
                (unitName == null ? topLabels : labels).add(new Symbol(label.group(1), Kind.BOUND, "label", r, r, List.of()));
            }
            if (END.matcher(line).find()) {
                endLine = i;
                break;
            }
        }
        if (unitName != null) {
            units.add(new Symbol(unitName, unitKind, "", extend(unitRange, endLine, lines), unitRange, labels));
        }
        List<Symbol> children = new ArrayList<>(topLabels);
        children.addAll(units);
        SourceRange nameRange = SourceRange.of(file, startLine, start.start(1), startLine, start.end(1));
        SourceRange whole = SourceRange.of(file, startLine, start.start(), endLine, lines[endLine].length());
        return Optional.of(new Symbol(start.group(1), Kind.MODULE, "PlusCal algorithm", whole, nameRange, children));
    }

    private static SourceRange extend(SourceRange r, int endLine, String[] lines) {
        int end = Math.max(endLine, r.start().line());
        return SourceRange.of(r.file(), r.start().line(), 0, end, lines[end].length());
    }
}
