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
 * what a parse allocates). Made by {@link #FACTORY} for the lexer and by JunctionTokenSource for
 * the tokens it makes; {@code TLAPlusParser.createTerminalNode} uses it.
 */
public final class TokenNode extends CommonToken implements TerminalNode {
    /** Creates TokenNodes the way ANTLR's CommonTokenFactory creates CommonTokens (text not copied). */
    public static final TokenFactory<TokenNode> FACTORY = new TokenFactory<>() {
        @Override
        public TokenNode create(Pair<TokenSource, CharStream> source, int type, String text, int channel, int start,
                                int stop, int line, int charPositionInLine) {
            TokenNode t = new TokenNode(source, type, channel, start, stop, line, charPositionInLine);
            if (text != null) {
                t.setText(text);
            }
            return t;
        }

        @Override
        public TokenNode create(int type, String text) {
            return new TokenNode(type, text);
        }
    };

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
