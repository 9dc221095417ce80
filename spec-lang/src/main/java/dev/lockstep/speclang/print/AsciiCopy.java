package dev.lockstep.speclang.print;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ASCII copy of a module that uses TLA+'s Unicode symbols ({@code ≜ ∧ ∨ ∀ ∈ ⟨ ⟩ □ ...}), for
 * tools that predate them (SANY, TLC and the PlusCal translator of TLC 2.18), with a map from
 * every position of the copy back to the user's text.
 *
 * <p>Replacing {@code ∧} by {@code /\} or {@code ∈} by {@code \in} widens the line, and TLA+'s
 * junction lists are laid out by column: the bullets of one list must share a column and its items
 * must stay right of it. The copy therefore keeps the text's geometry exactly, up to a factor: each
 * unit of a line (a maximal run of ASCII non-blank characters, a string, or one Unicode symbol)
 * starts at {@code k} times its original column (a tab advancing to the next multiple of 8, as in
 * SANY), with {@code k} larger than any symbol's widening, and the gaps are filled with spaces.
 * Column order and equality between any two units, on any lines, are thus what they were, so every
 * junction list, {@code CASE} arm and {@code LET} keeps its structure; lines never split or join.
 * Symbols are replaced everywhere outside strings, comments included, so a PlusCal algorithm
 * written with them translates too. A text without Unicode symbols is copied as it is.
 */
public final class AsciiCopy {
    /** Unicode symbol to its ASCII form, as SANY 1.8 reads them (tlaplus RFC "Unicode", and the alternatives spec-lang's lexer accepts). */
    static final Map<String, String> SYMBOLS = symbols();

    private static final int TAB = 8;

    private final String text;
    private final boolean changed;
    private final List<int[][]> lines;

    private AsciiCopy(String text, boolean changed, List<int[][]> lines) {
        this.text = text;
        this.changed = changed;
        this.lines = lines;
    }

    /** The ASCII copy. */
    public String text() {
        return text;
    }

    /** Whether the copy differs from the original (it had Unicode symbols). */
    public boolean changed() {
        return changed;
    }

    /**
     * The 0-based column in the original line {@code line} (0-based; lines are the same in both)
     * of the character at 0-based column {@code column} of the copy. A column inside a replaced
     * symbol gives the symbol's column; one in the padding after a unit gives the column just past
     * that unit.
     */
    public int originalColumn(int line, int column) {
        if (!changed || line < 0 || line >= lines.size()) {
            return column;
        }
        int[][] units = lines.get(line);
        int at = 0;
        for (int[] u : units) {
            int newStart = u[0];
            int newLen = u[1];
            int origStart = u[2];
            int origLen = u[3];
            if (column < newStart) {
                return at;
            }
            if (column < newStart + newLen) {
                return newLen == origLen ? origStart + (column - newStart) : origStart;
            }
            at = origStart + origLen;
        }
        return at + Math.max(0, column - (units.length == 0 ? 0 : units[units.length - 1][0] + units[units.length - 1][1]));
    }

    /**
     * The 0-based end column (exclusive) in the original of a range that ends at exclusive column
     * {@code endColumn} of the copy.
     */
    public int originalEndColumn(int line, int endColumn) {
        if (!changed || endColumn <= 0) {
            return endColumn;
        }
        if (line >= 0 && line < lines.size()) {
            for (int[] u : lines.get(line)) {
                if (endColumn - 1 >= u[0] && endColumn - 1 < u[0] + u[1]) {
                    return u[1] == u[3] ? u[2] + (endColumn - u[0]) : u[2] + u[3];
                }
            }
        }
        return originalColumn(line, endColumn - 1) + 1;
    }

    /** Whether {@code text} uses a Unicode symbol outside strings. */
    public static boolean hasSymbols(String text) {
        for (String line : text.split("\n", -1)) {
            for (Unit u : units(line)) {
                if (u.ascii != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The ASCII copy of {@code text} (a whole module file). */
    public static AsciiCopy of(String text) {
        String[] src = text.split("\n", -1);
        List<List<Unit>> all = new ArrayList<>();
        int widening = 0;
        for (String line : src) {
            List<Unit> us = units(line);
            for (Unit u : us) {
                if (u.ascii != null && !u.comment) {
                    widening = Math.max(widening, (u.ascii.length() + u.length - 1) / u.length);
                }
            }
            all.add(us);
        }
        if (widening == 0) {
            List<int[][]> none = new ArrayList<>();
            return new AsciiCopy(text, false, none);
        }
        int k = widening + 1;
        StringBuilder out = new StringBuilder(text.length() * 2);
        List<int[][]> maps = new ArrayList<>(src.length);
        for (int i = 0; i < src.length; i++) {
            String line = src[i];
            boolean cr = line.endsWith("\r");
            List<Unit> us = all.get(i);
            int[][] map = new int[us.size()][];
            StringBuilder l = new StringBuilder();
            int n = 0;
            for (Unit u : us) {
                int target = k * u.visualColumn;
                while (l.length() < target) {
                    l.append(' ');
                }
                String t = u.ascii != null ? u.ascii : line.substring(u.start, u.start + u.length);
                map[n++] = new int[] {l.length(), t.length(), u.start, u.length};
                l.append(t);
            }
            out.append(l);
            if (cr) {
                out.append('\r');
            }
            if (i < src.length - 1) {
                out.append('\n');
            }
            maps.add(map);
        }
        return new AsciiCopy(out.toString(), true, maps);
    }

    /**
     * One unit of a line: {@code start} and {@code length} in characters of the original line,
     * its visual column, and its ASCII replacement ({@code null} when it is copied as it is).
     */
    private record Unit(int start, int length, int visualColumn, String ascii, boolean comment) {
        Unit(int start, int length, int visualColumn, String ascii) {
            this(start, length, visualColumn, ascii, false);
        }
    }

    /** {@code text} with every symbol replaced by its ASCII form, without any alignment. */
    private static String replaceInline(String text) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            String sym = symbolAt(text, i);
            if (sym == null) {
                sb.append(text.charAt(i++));
            } else {
                sb.append(isRun(sym) ? SYMBOLS.get(sym.substring(0, 1)).repeat(sym.length()) : SYMBOLS.get(sym));
                i += sym.length();
            }
        }
        return sb.toString();
    }

    private static final List<String> BY_LENGTH = SYMBOLS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private static List<Unit> units(String line) {
        List<Unit> out = new ArrayList<>();
        int i = 0;
        int col = 0;
        int end = line.endsWith("\r") ? line.length() - 1 : line.length();
        while (i < end) {
            char c = line.charAt(i);
            if (c == ' ') {
                i++;
                col++;
                continue;
            }
            if (c == '\t') {
                i++;
                col = (col / TAB + 1) * TAB;
                continue;
            }
            if (c == '"') {
                int j = i + 1;
                while (j < end && line.charAt(j) != '"') {
                    j += line.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(end, j + 1);
                out.add(new Unit(i, j - i, col, null));
                col += j - i;
                i = j;
                continue;
            }
            if (c == '\\' && i + 1 < end && line.charAt(i + 1) == '*') {
                // a line comment is one unit, its symbols replaced in place: nothing after it on
                // the line to align, and markers such as \* BEGIN TRANSLATION keep their spacing
                String rest = line.substring(i, end);
                String ascii = replaceInline(rest);
                out.add(new Unit(i, end - i, col, ascii.equals(rest) ? null : ascii, true));
                break;
            }
            String sym = symbolAt(line, i);
            if (sym != null) {
                String ascii = SYMBOLS.get(sym.substring(0, 1)) != null && isRun(sym) ? repeat(SYMBOLS.get(sym.substring(0, 1)), sym.length())
                        : SYMBOLS.get(sym);
                out.add(new Unit(i, sym.length(), col, ascii));
                col += sym.length();
                i += sym.length();
                continue;
            }
            int j = i;
            while (j < end) {
                char d = line.charAt(j);
                if (d == ' ' || d == '\t' || d == '"' || symbolAt(line, j) != null) {
                    break;
                }
                j++;
            }
            out.add(new Unit(i, j - i, col, null));
            col += j - i;
            i = j;
        }
        return out;
    }

    /** The symbol (longest match; a run of box-drawing rule characters as a whole) at {@code i}, or null. */
    private static String symbolAt(String line, int i) {
        char c = line.charAt(i);
        if (c < 0x80) {
            return null;
        }
        if (c == '\u2500' || c == '\u2550') {
            int j = i;
            while (j < line.length() && line.charAt(j) == c) {
                j++;
            }
            return line.substring(i, j);
        }
        for (String s : BY_LENGTH) {
            if (line.startsWith(s, i)) {
                return s;
            }
        }
        return null;
    }

    private static boolean isRun(String s) {
        return s.length() > 1 && (s.charAt(0) == '\u2500' || s.charAt(0) == '\u2550');
    }

    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    private static Map<String, String> symbols() {
        String[][] table = {
            {"\u225C", "=="}, {"\u2190", "<-"}, {"\u2192", "->"}, {"\u21A6", "|->"},
            {"\u27E8", "<<"}, {"\u27E9_", ">>_"}, {"\u27E9", ">>"},
            {"\u2200\u2200", "\\AA"}, {"\u2203\u2203", "\\EE"}, {"\u2200", "\\A"}, {"\u2203", "\\E"},
            {"\u25A1", "[]"}, {"\u25C7", "<>"}, {"\u22C4", "<>"}, {"\u219D", "~>"}, {"\u2945", "-+->"}, {"\u21F8", "-+->"},
            {"\u00AC", "~"}, {"\u2227", "/\\"}, {"\u2228", "\\/"}, {"\u21D2", "=>"}, {"\u2261", "\\equiv"}, {"\u21D4", "<=>"},
            {"\u2260", "/="}, {"\u2264", "<="}, {"\u2265", ">="},
            {"\u2208", "\\in"}, {"\u2209", "\\notin"}, {"\u2286", "\\subseteq"}, {"\u2282", "\\subset"},
            {"\u2287", "\\supseteq"}, {"\u2283", "\\supset"}, {"\u2216", "\\"}, {"\u2229", "\\cap"}, {"\u222A", "\\cup"},
            {"\u00D7", "\\X"}, {"\u2025", ".."}, {"\u2026", "..."},
            {"\u22A2", "|-"}, {"\u22A8", "|="}, {"\u22A3", "-|"}, {"\u2AE4", "=|"},
            {"\u2295", "(+)"}, {"\u2296", "(-)"}, {"\u2299", "(.)"}, {"\u2298", "(/)"}, {"\u2297", "(\\X)"},
            {"\u2248", "\\approx"}, {"\u224D", "\\asymp"}, {"\u25EF", "\\bigcirc"}, {"\u2022", "\\bullet"}, {"\u25CF", "\\bullet"},
            {"\u22C5", "\\cdot"}, {"\u2218", "\\o"}, {"\u2245", "\\cong"}, {"\u00F7", "\\div"}, {"\u2250", "\\doteq"},
            {"\u226B", "\\gg"}, {"\u226A", "\\ll"}, {"\u227A", "\\prec"}, {"\u2AAF", "\\preceq"}, {"\u221D", "\\propto"},
            {"\u223C", "\\sim"}, {"\u2243", "\\simeq"}, {"\u2293", "\\sqcap"}, {"\u2294", "\\sqcup"},
            {"\u228F", "\\sqsubset"}, {"\u2290", "\\sqsupset"}, {"\u2291", "\\sqsubseteq"}, {"\u2292", "\\sqsupseteq"},
            {"\u22C6", "\\star"}, {"\u227B", "\\succ"}, {"\u2AB0", "\\succeq"}, {"\u228E", "\\uplus"}, {"\u2240", "\\wr"},
            {"\u2032", "'"}, {"\u207A", "^+"}, {"\u2237", "::"}, {"\u2254", ":="}, {"\u2A74", "::="}, {"\u2016", "||"},
            {"\u203C", "!!"}, {"\u2047", "??"}, {"\u2500", "-"}, {"\u2550", "="},
        };
        Map<String, String> m = new LinkedHashMap<>();
        Arrays.stream(table).forEach(p -> m.put(p[0], p[1]));
        return java.util.Collections.unmodifiableMap(m);
    }
}
