package dev.lockstep.bridge.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits configuration text into tokens the way TLC does: TLC reads a {@code .cfg} with the TLA+
 * token manager (SANY's {@code TLAplusParserTokenManager}), so a config token is a TLA+ token.
 * Whitespace, {@code \*} line comments and nested {@code (* *)} comments are skipped. Where the TLA+
 * lexer fails (a character no TLA+ token starts with, an unterminated string, an unterminated
 * comment) TLC sees the end of the file; {@link Result#stoppedAt} says where that happened.
 */
final class ConfigLexer {

    /** What a token is, as far as the configuration grammar cares. */
    enum Kind { NUMBER, STRING, WORD, SYMBOL }

    /**
     * One token; {@code line} and {@code column} are 0-based.
     *
     * @param text the token's text as written (strings keep their quotes)
     */
    record Token(Kind kind, String text, int line, int column, int endLine, int endColumn) {
    }

    /**
     * @param tokens    the tokens TLC reads
     * @param stoppedAt the token-less position where TLC's lexer gave up, or {@code null}
     * @param reason    why it gave up, or {@code null}
     */
    record Result(List<Token> tokens, Token stoppedAt, String reason) {
    }

    /** TLA+ symbolic tokens (SANY's token images); the longest one that matches wins. */
    private static final List<String> SYMBOLS = sortedLongestFirst(List.of(
            "--->", ",", ":", "::", ".", "_", "==", "(", ")", "-|-", "[", "]_", "]", "{|", "|}", "{", "}", "<<",
            ">>_", ">>", "!", "->", "<-", "|->", "'", "^+", "^*", "^#", "-.", "~", "[]", "<>", "//", "/\\", "/=",
            "/", "\\/", "~>", "=>", "=<", "=|", "=", "##", "#", "^^", "^", "--", "-|", "-+->", "-", "**", "*",
            "++", "+", "<=>", "<:", "<=", "<", ">=", ">", "...", "..", "||", "|", "|-", "|=", "&&", "&", "$$", "$",
            "??", "%%", "%", "@@", "!!", ":>", ":=", "::=", "(+)", "(-)", "(.)", "(/)", "(\\X)", "\\"));

    /** TLA+ operators written with a backslash and letters. */
    private static final List<String> BACKSLASH_WORDS = sortedLongestFirst(List.of(
            "\\EE", "\\AA", "\\lnot", "\\neg", "\\approx", "\\asymp", "\\bigcirc", "\\bullet", "\\cap", "\\cdot",
            "\\circ", "\\cong", "\\cup", "\\div", "\\doteq", "\\equiv", "\\geq", "\\gg", "\\in", "\\intersect",
            "\\union", "\\land", "\\leq", "\\ll", "\\lor", "\\o", "\\odot", "\\ominus", "\\oplus", "\\oslash",
            "\\otimes", "\\prec", "\\preceq", "\\propto", "\\sim", "\\simeq", "\\sqcap", "\\sqcup", "\\sqsubset",
            "\\sqsupset", "\\sqsubseteq", "\\sqsupseteq", "\\star", "\\subset", "\\subseteq", "\\succ",
            "\\succeq", "\\supset", "\\supseteq", "\\uplus", "\\wr", "\\notin", "\\times", "\\X", "\\E", "\\A"));

    private final String text;
    private int pos;
    private int line;
    private int col;

    private ConfigLexer(String text) {
        this.text = text;
    }

    static Result tokenize(String text) {
        return new ConfigLexer(text).run();
    }

    private Result run() {
        List<Token> out = new ArrayList<>();
        while (true) {
            String stop = skipBlanksAndComments();
            if (stop != null) {
                return new Result(out, new Token(Kind.SYMBOL, "", line, col, line, col), stop);
            }
            if (pos >= text.length()) {
                return new Result(out, null, null);
            }
            int startLine = line;
            int startCol = col;
            int len = tokenLength();
            if (len <= 0) {
                String reason = len == 0 ? "TLC cannot read the character '" + printable(text.charAt(pos)) + "'"
                        : "the string is not closed on its line";
                return new Result(out, new Token(Kind.SYMBOL, "", startLine, startCol, startLine, startCol), reason);
            }
            String t = text.substring(pos, pos + len);
            advance(len);
            out.add(new Token(kindOf(t), t, startLine, startCol, line, col));
        }
    }

    private static Kind kindOf(String t) {
        char c = t.charAt(0);
        if (c == '"') {
            return Kind.STRING;
        }
        if (Character.isDigit(c) && t.chars().allMatch(Character::isDigit)
                || t.matches("\\\\[bB][01]+|\\\\[oO][0-7]+|\\\\[hH][0-9a-fA-F]+")) {
            return Kind.NUMBER;
        }
        return isWordChar(c) ? Kind.WORD : Kind.SYMBOL;
    }

    /** Skips whitespace and comments; returns why lexing stops (an unclosed comment), else null. */
    private String skipBlanksAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                advance(1);
            } else if (text.startsWith("\\*", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                    advance(1);
                }
            } else if (text.startsWith("(*", pos)) {
                int depth = 0;
                do {
                    if (text.startsWith("(*", pos)) {
                        depth++;
                        advance(2);
                    } else if (text.startsWith("*)", pos)) {
                        depth--;
                        advance(2);
                    } else {
                        advance(1);
                    }
                } while (depth > 0 && pos < text.length());
                if (depth > 0) {
                    return "the comment is not closed";
                }
            } else {
                return null;
            }
        }
        return null;
    }

    /** Length of the token at {@code pos}; 0 when no token starts here, -1 for an unclosed string. */
    private int tokenLength() {
        char c = text.charAt(pos);
        if (c == '"') {
            int i = pos + 1;
            while (i < text.length()) {
                char d = text.charAt(i);
                if (d == '"') {
                    return i + 1 - pos;
                }
                if (d == '\n' || d == '\r') {
                    return -1;
                }
                i += d == '\\' ? 2 : 1;
            }
            return -1;
        }
        if (isWordChar(c)) {
            int i = pos;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            String word = text.substring(pos, i);
            if (word.chars().anyMatch(Character::isLetter)) {
                return i - pos;
            }
            // digits and underscores without a letter: a number, then '_' tokens
            int d = pos;
            while (d < i && Character.isDigit(text.charAt(d))) {
                d++;
            }
            return d > pos ? d - pos : 1;
        }
        if (c == '-' || c == '=') {
            int i = pos;
            while (i < text.length() && text.charAt(i) == c) {
                i++;
            }
            if (i - pos >= 4) {
                return i - pos; // ---- separator, ==== end of module
            }
        }
        int best = 0;
        if (c == '\\') {
            if (pos + 2 < text.length() && "bBoOhH".indexOf(text.charAt(pos + 1)) >= 0) {
                int n = numberLength(Character.toLowerCase(text.charAt(pos + 1)));
                best = n > 2 ? n : 0;
            }
            for (String op : BACKSLASH_WORDS) {
                if (text.startsWith(op, pos)) {
                    best = Math.max(best, op.length());
                    break;
                }
            }
        }
        for (String s : SYMBOLS) {
            if (text.startsWith(s, pos)) {
                return Math.max(best, s.length());
            }
        }
        return best;
    }

    private int numberLength(char base) {
        int i = pos + 2;
        while (i < text.length() && Character.digit(text.charAt(i), base == 'b' ? 2 : base == 'o' ? 8 : 16) >= 0) {
            i++;
        }
        return i - pos;
    }

    private void advance(int n) {
        for (int k = 0; k < n && pos < text.length(); k++) {
            char c = text.charAt(pos++);
            if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
                line++;
                col = 0;
            } else if (c != '\r') {
                col++;
            }
        }
    }

    static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private static String printable(char c) {
        return c < ' ' || c > '~' ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private static List<String> sortedLongestFirst(List<String> l) {
        return l.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
