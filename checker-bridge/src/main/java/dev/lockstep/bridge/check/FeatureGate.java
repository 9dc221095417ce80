package dev.lockstep.bridge.check;

import dev.lockstep.bridge.TlcFeatures;
import dev.lockstep.bridge.TlcFeatures.Feature;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Features of current TLC that the TLA+ tools in use may lack: {@code POSTCONDITION},
 * {@code TLCGet("config")} and {@code -dumpTrace} pass straight through to a TLC that has them; with
 * one that does not (the bundled TLC 2.18), the run stops before TLC starts with one error per use
 * that names the feature and the way out ({@code --tla2tools}). {@code ALIAS} is not gated: Lockstep
 * evaluates it itself when TLC cannot.
 */
final class FeatureGate {
    private static final Pattern TLCGET_CONFIG = Pattern.compile("TLCGet\\s*\\(\\s*\"config\"\\s*\\)");

    private FeatureGate() {
    }

    /**
     * Errors for each use of a feature {@code features} lacks.
     *
     * @param postcondition where the configuration's POSTCONDITION is written, if it has one (null
     *                      range: it came from the command line)
     * @param modules     the user's module files and their texts, comments blanked
     * @param tlcArgs     the TLC options Lockstep passes on
     */
    static List<Diagnostic> missing(TlcFeatures features, java.util.Optional<SourceRange> postcondition,
                                    Map<java.nio.file.Path, String> modules, List<String> tlcArgs) {
        List<Diagnostic> out = new ArrayList<>();
        if (!features.has(Feature.POSTCONDITION) && postcondition.isPresent()) {
            out.add(error(Feature.POSTCONDITION, features, postcondition.get()));
        }
        if (!features.has(Feature.TLCGET_CONFIG)) {
            for (Map.Entry<java.nio.file.Path, String> e : modules.entrySet()) {
                Matcher m = TLCGET_CONFIG.matcher(e.getValue());
                if (m.find()) {
                    out.add(error(Feature.TLCGET_CONFIG, features, at(e.getKey(), e.getValue(), m.start())));
                }
            }
        }
        if (!features.has(Feature.DUMP_TRACE) && tlcArgs.contains("-dumpTrace")) {
            out.add(error(Feature.DUMP_TRACE, features, null));
        }
        return out;
    }

    private static Diagnostic error(Feature f, TlcFeatures features, SourceRange at) {
        String tlc = features.version().map(v -> "TLC " + v).orElse("this TLC");
        return Diagnostic.error(DiagnosticCode.LS611_TLC_FEATURE_MISSING, at, f.description() + " needs a newer TLC than "
                + tlc + " (the TLA+ tools in use); run a current tla2tools.jar (the 1.8.0 series) with --tla2tools JAR"
                + " or LOCKSTEP_TLA2TOOLS");
    }

    /**
     * {@code text} with its comments ({@code \\*} to the end of the line, nested {@code (* *)})
     * replaced by spaces, line breaks kept, so offsets and lines stay where they were. Strings are
     * kept: a comment opener inside one is text. Config files use the same comment forms.
     */
    static String blankComments(String text) {
        StringBuilder sb = new StringBuilder(text);
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            char n = i + 1 < sb.length() ? sb.charAt(i + 1) : '\0';
            if (depth == 0 && inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"' || c == '\n') {
                    inString = false;
                }
                continue;
            }
            if (depth == 0 && c == '"') {
                inString = true;
            } else if (c == '(' && n == '*') {
                depth++;
                sb.setCharAt(i, ' ');
                sb.setCharAt(++i, ' ');
            } else if (depth > 0 && c == '*' && n == ')') {
                depth--;
                sb.setCharAt(i, ' ');
                sb.setCharAt(++i, ' ');
            } else if (depth == 0 && c == '\\' && n == '*') {
                while (i < sb.length() && sb.charAt(i) != '\n') {
                    sb.setCharAt(i++, ' ');
                }
            } else if (depth > 0 && c != '\n') {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    /** The 0-based point of character {@code offset} of {@code text}, in {@code file}. */
    static SourceRange at(java.nio.file.Path file, String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return SourceRange.at(file, line, offset - lineStart);
    }
}
