package dev.lockstep.speclang.internal;

import dev.lockstep.speclang.diag.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The assignments of a PlusCal macro that no statement calls, read as pcal.trans reads them.
 *
 * <p>pcal.trans never parses a statement's expressions: {@code Tokenize.TokenizeExpr} collects
 * tokens until the first one that ends an expression ({@code ;}, {@code :=}, {@code ||},
 * {@code begin}, {@code do}, {@code then}, {@code variable}, {@code variables}, or a {@code )} or
 * {@code ,} outside the brackets the expression opened), and an assignment's left side is a word and
 * the tokens up to {@code :=} ({@code begin gv := mp} assigns to {@code begin}). A macro is expanded
 * at its calls and dropped otherwise, so the expressions of a macro that no statement calls never
 * reach SANY: {@code x := m m} there is no error for either tool. {@link #relax} turns each such
 * assignment's sides into one name token carrying their text, so the grammar takes them; what
 * pcal.trans itself rejects (an empty block, a missing {@code ;} before the next statement, a
 * keyword as a statement) stays a syntax error.
 */
public final class UncalledMacros {
    private UncalledMacros() {
    }

    /** The algorithm's tokens with the uncalled macros' assignments relaxed, and those macros. */
    public record Relaxed(List<Token> tokens, List<Macro> macros) {
        public Relaxed {
            tokens = List.copyOf(tokens);
            macros = List.copyOf(macros);
        }

        /** Whether {@code p} lies inside one of the relaxed macros (from {@code macro} to its body's end). */
        public boolean covers(SourcePosition p) {
            return macros.stream().anyMatch(m -> Tokens.start(m.keyword()).compareTo(p) <= 0
                    && p.compareTo(Tokens.end(m.last())) <= 0);
        }
    }

    /** A relaxed macro: its {@code macro} keyword, its name and the last token of its body. */
    public record Macro(Token keyword, Token name, Token last) {
    }

    // the words a macro call may start with (the grammar's pcMacroName): a keyword that starts a
    // statement (await(2)) is that statement, not a call
    private static final Set<Integer> CALL_WORDS = Set.of(TLAPlusLexer.IDENT, TLAPlusLexer.PC_ALGORITHM,
            TLAPlusLexer.PC_BEGIN, TLAPlusLexer.PC_END, TLAPlusLexer.PC_VARIABLE, TLAPlusLexer.PC_VARIABLES,
            TLAPlusLexer.PC_DEFINE, TLAPlusLexer.PC_MACRO, TLAPlusLexer.PC_PROCEDURE, TLAPlusLexer.PC_PROCESS,
            TLAPlusLexer.PC_FAIR, TLAPlusLexer.PC_THEN, TLAPlusLexer.PC_ELSE, TLAPlusLexer.PC_ELSIF,
            TLAPlusLexer.PC_DO, TLAPlusLexer.PC_OR);
    private static final Set<Integer> EXPRESSION_ENDS = Set.of(TLAPlusLexer.SEMI, TLAPlusLexer.PC_ASSIGN,
            TLAPlusLexer.PC_PAR, TLAPlusLexer.PC_BEGIN, TLAPlusLexer.PC_DO, TLAPlusLexer.PC_THEN,
            TLAPlusLexer.PC_VARIABLE, TLAPlusLexer.PC_VARIABLES);
    private static final Set<Integer> OPENERS = Set.of(TLAPlusLexer.LPAREN, TLAPlusLexer.LBRACKET,
            TLAPlusLexer.LBRACE, TLAPlusLexer.LTUPLE);
    private static final Set<Integer> CLOSERS = Set.of(TLAPlusLexer.RPAREN, TLAPlusLexer.RBRACKET,
            TLAPlusLexer.RBRACKET_UNDERSCORE, TLAPlusLexer.RBRACE, TLAPlusLexer.RTUPLE,
            TLAPlusLexer.RTUPLE_UNDERSCORE);

    /** The algorithm's tokens (ending with EOF) with every uncalled macro's assignments relaxed. */
    public static Relaxed relax(List<Token> all) {
        List<Token> t = all.stream().filter(x -> x.getChannel() == Token.DEFAULT_CHANNEL).toList();
        List<Token> out = new ArrayList<>(t);
        List<Macro> macros = new ArrayList<>();
        // replacements by index into t: replaced[i] is the token standing for the run starting at i
        Token[] replaced = new Token[t.size()];
        int[] runEnd = new int[t.size()];
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i).getType() != TLAPlusLexer.PC_MACRO || t.get(i + 2).getType() != TLAPlusLexer.LPAREN
                    || (i > 0 && t.get(i - 1).getType() == TLAPlusLexer.PC_END)) {
                continue;
            }
            int open = matching(t, i + 2) + 1;
            if (open <= 0 || open >= t.size()) {
                continue;
            }
            int close = bodyEnd(t, open);
            if (close < 0 || called(t, t.get(i + 1).getText(), i, close)) {
                continue;
            }
            boolean any = false;
            int stmtStart = open + 1;
            int depth = 0;
            for (int k = open + 1; k < close; k++) {
                int type = t.get(k).getType();
                if (OPENERS.contains(type)) {
                    depth++;
                } else if (CLOSERS.contains(type)) {
                    depth--;
                } else if (type == TLAPlusLexer.SEMI && depth == 0) {
                    stmtStart = k + 1;
                } else if (type == TLAPlusLexer.PC_ASSIGN) {
                    int end = expressionEnd(t, k + 1, close);
                    if (end > k + 1) {
                        replace(t, replaced, runEnd, k + 1, end);
                        any = true;
                    }
                    if (stmtStart < k - 1 && t.get(stmtStart).getType() == TLAPlusLexer.PC_BEGIN
                            && depth == 0) {
                        replace(t, replaced, runEnd, stmtStart, k);
                        any = true;
                    }
                    stmtStart = close;
                    if (end > k + 1) {
                        k = end - 1;
                    }
                }
            }
            if (any) {
                macros.add(new Macro(t.get(i), t.get(i + 1), t.get(close)));
            }
        }
        if (macros.isEmpty()) {
            return new Relaxed(out, macros);
        }
        out.clear();
        for (int i = 0; i < t.size(); i++) {
            if (replaced[i] != null) {
                out.add(replaced[i]);
                i = runEnd[i] - 1;
            } else {
                out.add(t.get(i));
            }
        }
        return new Relaxed(out, macros);
    }

    private static void replace(List<Token> t, Token[] replaced, int[] runEnd, int from, int to) {
        Token first = t.get(from);
        Token last = t.get(to - 1);
        CommonToken name = new CommonToken(first);
        name.setType(TLAPlusLexer.IDENT);
        name.setStopIndex(last.getStopIndex());
        name.setText(first.getInputStream() == null ? first.getText()
                : first.getInputStream().getText(Interval.of(first.getStartIndex(), last.getStopIndex())));
        replaced[from] = name;
        runEnd[from] = to;
    }

    /** The index after the expression starting at {@code from}, or -1 when it runs to the body's end. */
    private static int expressionEnd(List<Token> t, int from, int close) {
        int depth = 0;
        for (int j = from; j < close; j++) {
            int type = t.get(j).getType();
            if (depth == 0 && (EXPRESSION_ENDS.contains(type) || type == TLAPlusLexer.COMMA
                    || type == TLAPlusLexer.RPAREN)) {
                return type == TLAPlusLexer.SEMI || type == TLAPlusLexer.PC_PAR ? j : -1;
            }
            if (OPENERS.contains(type)) {
                depth++;
            } else if (CLOSERS.contains(type)) {
                if (depth == 0) {
                    return -1;
                }
                depth--;
            }
        }
        return -1;
    }

    /** The index of the bracket closing the one at {@code i}, or -1. */
    private static int matching(List<Token> t, int i) {
        int depth = 0;
        for (int j = i; j < t.size(); j++) {
            int type = t.get(j).getType();
            if (OPENERS.contains(type)) {
                depth++;
            } else if (CLOSERS.contains(type) && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    /** The last token of the body opening at {@code open} ({@code begin} ... {@code end macro}, or a block), or -1. */
    private static int bodyEnd(List<Token> t, int open) {
        int type = t.get(open).getType();
        if (type == TLAPlusLexer.LBRACE) {
            return matching(t, open);
        }
        if (type != TLAPlusLexer.PC_BEGIN) {
            return -1;
        }
        for (int j = open + 1; j + 1 < t.size(); j++) {
            if (t.get(j).getType() == TLAPlusLexer.PC_END && t.get(j + 1).getType() == TLAPlusLexer.PC_MACRO) {
                return j;
            }
        }
        return -1;
    }

    /** Whether a statement outside the macro's own text may call it: its name then {@code (}. */
    private static boolean called(List<Token> t, String name, int from, int to) {
        for (int j = 0; j + 1 < t.size(); j++) {
            if ((j < from || j > to) && CALL_WORDS.contains(t.get(j).getType()) && t.get(j).getText().equals(name)
                    && t.get(j + 1).getType() == TLAPlusLexer.LPAREN) {
                return true;
            }
        }
        return false;
    }
}
