package dev.lockstep.bridge.check;

import dev.lockstep.bridge.trace.TlcLocations;
import dev.lockstep.bridge.trace.TraceState;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SANY's plain-text report (printed between TLC's "Starting SANY" and "SANY finished"
 * messages) into diagnostics: parse errors ({@code ***Parse Error***}, {@code Lexical error}),
 * semantic errors and warnings ({@code line L, col C to line L2, col C2 of module M} followed by the
 * message), and missing modules. The one reader of that report: {@code check} reads TLC's child
 * output with it, the language server SANY's in-process log.
 */
public final class SanyOutput {
    private static final Pattern PARSING_FILE = Pattern.compile("^Parsing file (.+?)(?: \\(.*\\))?$");
    private static final Pattern AT_LINE_COL = Pattern.compile("at line (\\d+), column (\\d+)");
    private static final Pattern SEMANTIC_LOC = Pattern.compile("^" + TlcLocations.REGEX + ":?$");
    private static final Pattern MISSING_MODULE = Pattern.compile(
            "Cannot find source file for module (\\S+?)\\.?(?: imported in module (\\w+))?\\.?$");
    private static final Pattern ENCOUNTERED = Pattern.compile("^Encountered \"(.*?)\" at line (\\d+), column (\\d+)(?: and token \"(.*)\")?");

    private SanyOutput() {
    }

    /**
     * @param lines          SANY's output lines
     * @param fileOfModule   maps a module name to its (original) file, or {@code null} if unknown
     * @param originalPath   maps a file SANY parsed to the user's file
     * @param missingModule  where to report a module that cannot be found, given the importing
     *                       module's file (null when unknown) and the missing module's name
     */
    public static List<Diagnostic> diagnostics(List<String> lines, Function<String, Path> fileOfModule,
                                               Function<Path, Path> originalPath,
                                               BiFunction<Path, String, SourceRange> missingModule) {
        return diagnostics(lines, fileOfModule, originalPath, Positions.AS_WRITTEN, missingModule);
    }

    /**
     * As above, with positions in copies TLC read mapped to the user's files by {@code positions},
     * and a missing module reported at the start of the module importing it.
     */
    static List<Diagnostic> diagnostics(List<String> lines, Function<String, Path> fileOfModule,
                                        Function<Path, Path> originalPath, Positions positions) {
        return diagnostics(lines, fileOfModule, originalPath, positions,
                (importer, module) -> importer == null ? null : SourceRange.at(importer, 0, 0));
    }

    private static List<Diagnostic> diagnostics(List<String> lines, Function<String, Path> fileOfModule,
                                                Function<Path, Path> originalPath, Positions positions,
                                                BiFunction<Path, String, SourceRange> missingModule) {
        List<Diagnostic> out = new ArrayList<>();
        Path currentFile = null;
        boolean inSemantic = false;
        boolean warnings = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher pf = PARSING_FILE.matcher(line);
            if (pf.matches()) {
                currentFile = originalPath.apply(Path.of(pf.group(1)));
                continue;
            }
            if (line.equals("***Parse Error***")) {
                out.add(parseError(lines, i + 1, currentFile, positions));
                continue;
            }
            if (line.startsWith("Lexical error")) {
                Matcher m = AT_LINE_COL.matcher(line);
                SourceRange r = m.find() ? at(currentFile, m.group(1), m.group(2), positions) : null;
                String msg = line.replaceFirst("^Lexical error at line \\d+, column \\d+\\.\\s*", "");
                out.add(Diagnostic.error(DiagnosticCode.LS401_SANY_PARSE, r, "lexical error: " + msg.strip()));
                continue;
            }
            Matcher mm = MISSING_MODULE.matcher(line);
            if (mm.find()) {
                Path importer = mm.group(2) == null ? null : fileOfModule.apply(mm.group(2));
                out.add(Diagnostic.error(DiagnosticCode.LS001_FILE_NOT_FOUND, missingModule.apply(importer, mm.group(1)),
                        "cannot find module " + mm.group(1) + " (no " + mm.group(1) + ".tla beside the spec, in the library folders or among the standard modules)"));
                continue;
            }
            if (line.startsWith("Semantic errors:") || line.startsWith("*** Errors:") || line.startsWith("*** Abort messages:")) {
                inSemantic = true;
                warnings = false;
                continue;
            }
            if (line.startsWith("*** Warnings:")) {
                inSemantic = true;
                warnings = true;
                continue;
            }
            Matcher sl = SEMANTIC_LOC.matcher(line);
            if (inSemantic && sl.matches()) {
                StringBuilder msg = new StringBuilder();
                int j = i + 1;
                while (j < lines.size() && lines.get(j).isBlank()) {
                    j++;
                }
                while (j < lines.size() && !lines.get(j).isBlank()) {
                    if (SEMANTIC_LOC.matcher(lines.get(j).strip()).matches()) {
                        break;
                    }
                    msg.append(msg.isEmpty() ? "" : " ").append(lines.get(j).strip());
                    j++;
                }
                SourceRange r = range(TlcLocations.read(sl, 1), fileOfModule, positions);
                String text = msg.toString().replace('`', '\'');
                out.add(warnings ? Diagnostic.warning(DiagnosticCode.LS402_SANY_SEMANTIC, r, text)
                        : Diagnostic.error(DiagnosticCode.LS402_SANY_SEMANTIC, r, text));
                i = j - 1;
            }
        }
        return out;
    }

    /**
     * A {@code ***Parse Error***} block: located on the token SANY encountered, as long as it (one
     * column when SANY names a place instead, "Beginning of definition", and then the token there is
     * the one it quotes after "and token").
     */
    private static Diagnostic parseError(List<String> lines, int from, Path file, Positions positions) {
        String expecting = null;
        String encountered = null;
        SourceRange range = null;
        for (int j = from; j < lines.size() && j < from + 8; j++) {
            String l = lines.get(j).strip();
            if (l.startsWith("Was expecting")) {
                expecting = l.substring("Was expecting".length()).strip().replace("\"", "");
            } else if (l.startsWith("Encountered")) {
                Matcher m = ENCOUNTERED.matcher(l);
                if (m.find()) {
                    String token = m.group(1);
                    boolean place = token.startsWith("Beginning of") || token.startsWith("End of");
                    encountered = !place ? "'" + token + "'" : m.group(4) != null ? "'" + m.group(4) + "'" : token;
                    int line = Integer.parseInt(m.group(2));
                    int col = Integer.parseInt(m.group(3));
                    range = positions.range(file, moduleOf(file), line, col, line, col + (place ? 0 : Math.max(1, token.length()) - 1));
                }
            }
        }
        StringBuilder msg = new StringBuilder("syntax error");
        if (encountered != null) {
            msg.append(": unexpected ").append(encountered);
        }
        if (expecting != null) {
            msg.append(encountered != null ? ", " : ": ").append("expected ").append(expecting);
        }
        return Diagnostic.error(DiagnosticCode.LS401_SANY_PARSE, range, msg.toString());
    }

    /** The range of a location TLC or SANY printed, in the user's file of its module. */
    static SourceRange range(TraceState.ActionLocation at, Function<String, Path> fileOfModule, Positions positions) {
        return positions.range(fileOfModule.apply(at.module()), at.module(), at.line(), at.column(), at.endLine(), at.endColumn());
    }

    private static String moduleOf(Path file) {
        return file == null ? null : file.getFileName().toString().replaceFirst("\\.tla$", "");
    }

    private static SourceRange at(Path file, String line, String col, Positions positions) {
        return positions.at(file, moduleOf(file), Integer.parseInt(line), Integer.parseInt(col));
    }
}
