package dev.lockstep.speclang.internal;

import dev.lockstep.speclang.diag.SourcePosition;
import dev.lockstep.speclang.diag.SourceRange;
import java.nio.file.Path;
import org.antlr.v4.runtime.Token;

/** Source ranges of tokens: 0-based lines, columns in code points (a tab counts as one). */
public final class Tokens {
    private Tokens() {
    }

    public static SourcePosition start(Token t) {
        return new SourcePosition(Math.max(0, t.getLine() - 1), Math.max(0, t.getCharPositionInLine()));
    }

    public static SourcePosition end(Token t) {
        int len = Math.max(0, t.getStopIndex() - t.getStartIndex() + 1);
        if (t.getType() == Token.EOF) {
            len = 0;
        }
        return new SourcePosition(Math.max(0, t.getLine() - 1), Math.max(0, t.getCharPositionInLine()) + len);
    }

    public static SourceRange range(Path file, Token t) {
        return new SourceRange(file, start(t), end(t));
    }

    public static SourceRange range(Path file, Token from, Token to) {
        SourcePosition s = start(from);
        SourcePosition e = end(to);
        if (e.compareTo(s) < 0) {
            e = s;
        }
        return new SourceRange(file, s, e);
    }

    /**
     * Whether {@code t} is {@code \land} or {@code \lor}: SANY's lexer makes them other tokens than
     * {@code /\} and {@code \/} (and the symbols \u2227 \u2228), never junction bullets.
     */
    public static boolean spelledJunction(Token t) {
        return (t.getType() == TLAPlusLexer.AND || t.getType() == TLAPlusLexer.OR) && t.getText() != null
                && t.getText().startsWith("\\l");
    }
}
