package dev.lockstep.bridge.check;

import dev.lockstep.speclang.ParseResult;
import dev.lockstep.speclang.SpecParser;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.ast.OpDecl;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds constant assignments in a TLC configuration that name nothing the spec declares. TLC
 * silently ignores {@code CONSTANT M = 4} when the spec has no {@code M}, which hides typos in
 * models; Lockstep reports it as a config error. Names the spec defines (operators that a config
 * may override) count as known. The spec is read with spec-lang, following EXTENDS into modules
 * beside it; when it does not parse, nothing is reported here (TLC reports the parse error).
 */
final class ConfigConstants {
    private static final Pattern KEYWORD = Pattern.compile("\\b(CONSTANTS?|INIT|NEXT|SPECIFICATION|INVARIANTS?|PROPERTY|PROPERTIES"
            + "|CONSTRAINTS?|ACTION_CONSTRAINTS?|SYMMETRY|VIEW|CHECK_DEADLOCK|ALIAS|POSTCONDITION)\\b");
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*=(?!=)");

    private ConfigConstants() {
    }

    /**
     * @param cfgText    the effective configuration's text
     * @param cfgFile    where to point diagnostics (the user's file)
     * @param baseLines  lines of {@code cfgText} that come from {@code cfgFile}
     * @param spec       the root module file
     */
    static List<Diagnostic> undeclared(String cfgText, Path cfgFile, int baseLines, Path spec) {
        Set<String> known = declaredNames(spec);
        if (known == null) {
            return List.of();
        }
        List<Diagnostic> out = new ArrayList<>();
        String[] lines = stripComments(cfgText).split("\n", -1);
        boolean inConstants = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int from = 0;
            Matcher k = KEYWORD.matcher(line);
            while (true) {
                int next = k.find() ? k.start() : line.length();
                if (inConstants) {
                    Matcher a = ASSIGNMENT.matcher(line.substring(from, next));
                    while (a.find()) {
                        String name = a.group(1);
                        if (!known.contains(name)) {
                            boolean fromFile = i < baseLines;
                            SourceRange r = fromFile ? SourceRange.of(cfgFile, i, from + a.start(1), i, from + a.end(1)) : null;
                            out.add(Diagnostic.error(DiagnosticCode.LS503_CONSTANT_UNDECLARED, r,
                                    "the configuration assigns " + name + ", which " + spec.getFileName()
                                            + " does not declare" + (fromFile ? "" : " (from --const)")));
                        }
                    }
                }
                if (next == line.length()) {
                    break;
                }
                inConstants = k.group(1).startsWith("CONSTANT");
                from = k.end();
            }
        }
        return out;
    }

    /** Constants and definitions of the root module and the modules it extends; null if unparseable. */
    private static Set<String> declaredNames(Path spec) {
        Set<String> names = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<Path> todo = new ArrayDeque<>(List.of(spec));
        Path dir = spec.toAbsolutePath().getParent();
        while (!todo.isEmpty()) {
            Path file = todo.pop();
            if (!seen.add(file.getFileName().toString())) {
                continue;
            }
            ParseResult r = SpecParser.parse(file);
            if (r.hasErrors() || r.module().isEmpty()) {
                return null;
            }
            Module m = r.module().get();
            collect(m, names);
            for (var ext : m.extendsList()) {
                Path f = dir.resolve(ext.text() + ".tla");
                if (Files.isRegularFile(f)) {
                    todo.push(f);
                }
            }
        }
        return names;
    }

    private static void collect(Module m, Set<String> names) {
        for (Unit u : m.units()) {
            if (u instanceof Unit.Constants c) {
                for (OpDecl d : c.decls()) {
                    names.add(d.name().text());
                }
            } else if (u instanceof Unit.OperatorDef d) {
                names.add(d.name().text());
            } else if (u instanceof Unit.FunctionDef f) {
                names.add(f.name().text());
            } else if (u instanceof Unit.Variables v) {
                v.names().forEach(n -> names.add(n.text()));
            } else if (u instanceof Module nested) {
                collect(nested, names);
            }
        }
    }

    /** Blanks out comments, keeping line and column positions. */
    static String stripComments(String text) {
        StringBuilder sb = new StringBuilder(text);
        int depth = 0;
        for (int i = 0; i < sb.length(); i++) {
            if (depth == 0 && sb.charAt(i) == '\\' && i + 1 < sb.length() && sb.charAt(i + 1) == '*') {
                while (i < sb.length() && sb.charAt(i) != '\n') {
                    sb.setCharAt(i++, ' ');
                }
            } else if (sb.charAt(i) == '(' && i + 1 < sb.length() && sb.charAt(i + 1) == '*') {
                depth++;
                sb.setCharAt(i, ' ');
                sb.setCharAt(++i, ' ');
            } else if (depth > 0 && sb.charAt(i) == '*' && i + 1 < sb.length() && sb.charAt(i + 1) == ')') {
                depth--;
                sb.setCharAt(i, ' ');
                sb.setCharAt(++i, ' ');
            } else if (depth > 0 && sb.charAt(i) != '\n') {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }
}
