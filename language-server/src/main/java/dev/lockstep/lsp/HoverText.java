package dev.lockstep.lsp;

import dev.lockstep.lsp.SpecIndex.Definition;
import dev.lockstep.lsp.SpecIndex.Kind;
import dev.lockstep.speclang.diag.SourceRange;

/**
 * What a hover shows (Markdown): an operator's or theorem's own text (its first lines), or the
 * declaration of a constant, variable or parameter; the comment above it; where it is defined.
 */
final class HoverText {
    private HoverText() {
    }

    /** The hover for {@code d}; {@code fileText} is the text of the file it is defined in. */
    static String markdown(Definition d, String fileText) {
        StringBuilder sb = new StringBuilder("```tlaplus\n");
        if (d.kind() == Kind.OPERATOR || d.kind() == Kind.FUNCTION || d.kind() == Kind.THEOREM) {
            sb.append(sourceOf(d.range(), fileText, 8));
        } else {
            sb.append(d.signature());
        }
        sb.append("\n```\n");
        if (!d.comment().isBlank()) {
            sb.append('\n').append(d.comment()).append('\n');
        }
        String where = d.nameRange().file() == null ? d.module() : d.nameRange().file().getFileName().toString();
        sb.append("\n*").append(kindWord(d.kind())).append(" defined").append(d.module().isEmpty() ? "" : " in module " + d.module())
                .append(" (").append(where).append(':').append(d.nameRange().start().line() + 1).append(")*");
        return sb.toString();
    }

    private static String kindWord(Kind k) {
        return switch (k) {
            case CONSTANT -> "constant";
            case VARIABLE -> "variable";
            case MODULE -> "module";
            case THEOREM -> "theorem";
            case ASSUMPTION -> "assumption";
            case INSTANCE -> "instance";
            case PARAMETER, BOUND -> "parameter";
            default -> "operator";
        };
    }

    /** At most {@code maxLines} lines of {@code r} in {@code text}, then an ellipsis. */
    static String sourceOf(SourceRange r, String text, int maxLines) {
        String[] lines = text.split("\\r?\\n", -1);
        StringBuilder sb = new StringBuilder();
        int last = Math.min(r.end().line(), Math.min(lines.length - 1, r.start().line() + maxLines - 1));
        for (int i = r.start().line(); i <= last; i++) {
            sb.append(lines[i]).append(i < last ? "\n" : "");
        }
        if (r.end().line() > last) {
            sb.append("\n  ...");
        }
        return sb.toString().stripTrailing();
    }
}
