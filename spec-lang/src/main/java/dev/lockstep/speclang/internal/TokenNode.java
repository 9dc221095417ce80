package dev.lockstep.speclang.internal;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.Pair;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.ParseTreeVisitor;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * A token that is its own parse-tree leaf: the parser puts it into the tree as it is instead of
 * wrapping it in a {@code TerminalNodeImpl} (one object less per token; the parse tree is most of
 * what a parse allocates). Made by a {@link Factory} for the lexer and by JunctionTokenSource for
 * the tokens it makes; {@code TLAPlusParser.createTerminalNode} uses it.
 */
public final class TokenNode extends CommonToken implements TerminalNode {
    /**
     * Creates TokenNodes the way ANTLR's CommonTokenFactory creates CommonTokens (text not copied),
     * for one parse. With the source text at hand (when token indexes are char indexes), a token's
     * text comes from there and equal short texts are one String: a spec names the same variables
     * thousands of times, and every name in the AST holds its text.
     */
    public static final class Factory implements TokenFactory<TokenNode> {
        private static final int MAX_INTERNED = 64;
        private final String source;
        private String[] table = new String[1024];
        private int size;

        /** @param source the text the token indexes point into, or null when they are not char indexes */
        public Factory(String source) {
            this.source = source;
        }

        @Override
        public TokenNode create(Pair<TokenSource, CharStream> source, int type, String text, int channel, int start,
                                int stop, int line, int charPositionInLine) {
            TokenNode t = new TokenNode(source, type, channel, start, stop, line, charPositionInLine);
            t.factory = this;
            if (text != null) {
                t.setText(text);
            }
            return t;
        }

        @Override
        public TokenNode create(int type, String text) {
            TokenNode t = new TokenNode(type, text);
            t.factory = this;
            return t;
        }

        /** The text from {@code start} to {@code stop} (inclusive), or null if it is not in the source. */
        String text(int start, int stop) {
            if (source == null || start < 0 || stop >= source.length() || stop < start) {
                return null;
            }
            int length = stop - start + 1;
            if (length > MAX_INTERNED) {
                return source.substring(start, stop + 1);
            }
            int h = 0;
            for (int i = start; i <= stop; i++) {
                h = 31 * h + source.charAt(i);
            }
            int mask = table.length - 1;
            int k = (h ^ (h >>> 16)) & mask;
            for (String s = table[k]; s != null; s = table[k]) {
                if (s.length() == length && source.regionMatches(start, s, 0, length)) {
                    return s;
                }
                k = (k + 1) & mask;
            }
            String s = source.substring(start, stop + 1);
            table[k] = s;
            if (++size * 2 > table.length) {
                grow();
            }
            return s;
        }

        private void grow() {
            String[] old = table;
            table = new String[old.length * 2];
            int mask = table.length - 1;
            for (String s : old) {
                if (s != null) {
                    int h = s.hashCode();
                    int k = (h ^ (h >>> 16)) & mask;
                    while (table[k] != null) {
                        k = (k + 1) & mask;
                    }
                    table[k] = s;
                }
            }
        }
    }

    /** The factory of this parse (for the token's text), or null. */
    Factory factory;
    private ParseTree parent;

    /**
     * Sets the fields directly: CommonToken's constructor would ask the token source for its line
     * and column (two interface calls per token) only for them to be overwritten.
     */
    public TokenNode(Pair<TokenSource, CharStream> source, int type, int channel, int start, int stop, int line,
                     int charPositionInLine) {
        super(type);
        this.source = source;
        this.channel = channel;
        this.start = start;
        this.stop = stop;
        this.line = line;
        this.charPositionInLine = charPositionInLine;
    }

    public TokenNode(int type, String text) {
        super(type, text);
    }

    /** A copy of {@code t} (type, text, position, source). */
    public TokenNode(Token t) {
        super(t);
        if (t instanceof TokenNode n) {
            factory = n.factory;
        }
    }

    /** As CommonToken's, but from the source text through the factory when it can. */
    @Override
    public String getText() {
        if (text == null && factory != null) {
            String s = factory.text(start, stop);
            if (s != null) {
                return s;
            }
        }
        return super.getText();
    }

    @Override
    public Token getSymbol() {
        return this;
    }

    @Override
    public ParseTree getParent() {
        return parent;
    }

    @Override
    public void setParent(RuleContext parent) {
        this.parent = parent;
    }

    @Override
    public Token getPayload() {
        return this;
    }

    @Override
    public ParseTree getChild(int i) {
        return null;
    }

    @Override
    public int getChildCount() {
        return 0;
    }

    @Override
    public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
        return visitor.visitTerminal(this);
    }

    @Override
    public Interval getSourceInterval() {
        int i = getTokenIndex();
        return Interval.of(i, i);
    }

    @Override
    public String toStringTree(Parser parser) {
        return toString();
    }

    @Override
    public String toStringTree() {
        return toString();
    }

    /** As TerminalNodeImpl: the token's text ("<EOF>" for the end of input). */
    @Override
    public String toString() {
        return getType() == Token.EOF ? "<EOF>" : getText();
    }
}
