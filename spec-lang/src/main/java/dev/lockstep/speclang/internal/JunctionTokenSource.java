package dev.lockstep.speclang.internal;

import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.internal.LayoutStack.Entry;
import dev.lockstep.speclang.internal.LayoutStack.Kind;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Sits between the lexer and the parser and applies TLA+'s layout rules for vertically aligned
 * conjunction and disjunction lists (Specifying Systems, section 15.2.2): a bullet {@code /\} or
 * {@code \/} in prefix position opens a list at its column; a bullet of the same kind at exactly
 * that column continues it; any token at or left of that column, or a closing bracket, THEN, ELSE,
 * IN, a CASE arrow, a comma or a PlusCal statement keyword belonging to an enclosing construct, ends
 * it; so does, after a complete operand, a token no expression continues with (EXCEPT, {@code |->},
 * a colon, {@code ->}, PROVE, DEF: {@link LayoutStack#closeExpression}); so does any keyword that starts a module unit or proof step (SANY ends a list at the first
 * token that cannot continue it). Columns count a tab as advancing to the next multiple of 8, as SANY does.
 *
 * <p>It also splits {@code WF_v}/{@code SF_v} identifiers into the fairness prefix and the
 * subscript, drops characters the lexer could not read (reporting LS101), and stops at
 * {@code endIndex} (used to lex a PlusCal algorithm inside a comment).
 */
public final class JunctionTokenSource implements TokenSource {
    private static final int TAB = 8;

    private final TLAPlusLexer lexer;
    private final String text;
    private final int endIndex;
    private final Path file;
    private final List<Diagnostic> diagnostics;
    private final Deque<TokenNode> pending = new ArrayDeque<>();
    /** Tokens lexed ahead of the one being processed ({@link #definitionFollows}), from index {@code aheadNext} on. */
    private final List<TokenNode> ahead = new ArrayList<>();
    private int aheadNext;
    private final LayoutStack stack = new LayoutStack(() -> pending.add(junctionEnd()));
    private final Pair<TokenSource, CharStream> source;
    private final TokenNode.Factory factory;
    // typed as the (final) token class: calls on them are plain calls, not interface dispatch
    private TokenNode previous;
    /**
     * The last infix or postfix operator symbol read where an operand was expected: SANY's parser
     * takes it for the operand (a semantic error later), so an expression may continue after it
     * ({@code = = \/ p}: the {@code \/} is infix there).
     */
    private TokenNode operandSymbol;
    private int lineStart = -1;
    private int lineStartLine = -1;
    /** Whether every code point of the text is one char (token indexes are then char indexes). */
    private final boolean bmp;
    /** A code-point index and its char index, moving forward with the tokens. */
    private int cursorCodePoint;
    private int cursorChar;
    private boolean done;
    /** The open bracket across which the token being processed ends a list, if any (see {@link #bracketBreak}). */
    private TokenNode breakingOpen;
    /** Whether the token being processed ends a list where an operand is still expected (see {@link #bracketBreak}). */
    private boolean operandMissing;
    private final List<Break> breaks = new ArrayList<>();
    private final PlusCalNames names = new PlusCalNames();
    private final IndentationCheck indentation = new IndentationCheck();

    /**
     * @param lexer       the lexer, positioned where lexing starts
     * @param text        the whole source text (for columns)
     * @param endIndex    code-point index where the input ends for this parse
     * @param file        for diagnostics
     * @param diagnostics where lexical errors go
     */
    public JunctionTokenSource(TLAPlusLexer lexer, String text, int endIndex, Path file, List<Diagnostic> diagnostics) {
        this.lexer = lexer;
        this.text = text;
        this.endIndex = endIndex;
        this.file = file;
        this.diagnostics = diagnostics;
        this.source = new Pair<>(this, lexer.getInputStream());
        this.bmp = lexer.getInputStream().size() == text.length();
        this.factory = new TokenNode.Factory(bmp ? text : null);
        lexer.setTokenFactory(factory);
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            fill();
        }
        TokenNode t = pending.poll();
        if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) {
            previous = t;
        }
        return t;
    }

    private void fill() {
        if (done) {
            pending.add(eof());
            return;
        }
        TokenNode t = lex();
        if (t.getType() == Token.EOF || t.getStartIndex() >= endIndex) {
            done = true;
            stack.closeJunctions(0);
            TokenNode end = eof();
            indentation.tokenRead(null, -1, start -> false, end);
            pending.add(end);
            return;
        }
        if (t.getChannel() != Token.DEFAULT_CHANNEL) {
            pending.add(t);
            return;
        }
        int type = t.getType();
        if (type == TLAPlusLexer.ERROR_CHAR || type == TLAPlusLexer.UNKNOWN_BACKSLASH) {
            String c = t.getText();
            String msg = type == TLAPlusLexer.UNKNOWN_BACKSLASH ? "unknown operator '" + c + "'"
                    : c.equals("\"") ? "unterminated string literal" : "unexpected character '" + c + "'";
            diagnostics.add(Diagnostic.error(DiagnosticCode.LS101_LEXICAL_ERROR, Tokens.range(file, t), msg));
            return;
        }
        if (lexer.pluscal && word(t) && !(type == TLAPlusLexer.IDENT && fairnessPrefix(t.getStartIndex()))
                && names.isName(t, previous == null ? 0 : previous.getType(), operandPosition())) {
            t.setType(TLAPlusLexer.IDENT);
            process(t);
            return;
        }
        if (type == TLAPlusLexer.IDENT) {
            if (fairnessPrefix(t.getStartIndex())) {
                splitFairness(t);
                return;
            }
            if (lexer.pluscal) {
                Integer keyword = TLAPlusLexer.PLUSCAL_KEYWORDS.get(t.getText());
                if (keyword != null && !plusCalName(keyword)) {
                    t.setType(keyword);
                }
            }
        }
        process(t);
    }

    /** The next token from the lexer: one read ahead first (every token the lexer makes is a TokenNode, see the constructor). */
    private TokenNode lex() {
        if (aheadNext < ahead.size()) {
            TokenNode t = ahead.get(aheadNext++);
            if (aheadNext == ahead.size()) {
                ahead.clear();
                aheadNext = 0;
            }
            return t;
        }
        return (TokenNode) lexer.nextToken();
    }

    /**
     * The type of the first default-channel token read ahead at or after position {@code at[0]} of
     * the tokens not yet processed (lexing it when needed), and {@code at[0]} moved past it;
     * {@link Token#EOF} at the input's end.
     */
    private int nextAhead(int[] at) {
        while (true) {
            while (aheadNext + at[0] >= ahead.size()) {
                ahead.add((TokenNode) lexer.nextToken());
            }
            TokenNode t = ahead.get(aheadNext + at[0]++);
            if (t.getType() == Token.EOF || t.getStartIndex() >= endIndex) {
                at[0]--; // stay at the end
                return Token.EOF;
            }
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t.getType();
            }
        }
    }

    /**
     * Whether the name just read (after a complete operand) is the left side of a definition, as
     * SANY's look back from the next {@code ==} finds it ({@link DefinitionBreaks}): followed by
     * {@code ==}; by brackets, nested ones matched, then {@code ==} ({@code (x, F(_)) ==},
     * {@code [x \in S] ==}); by an operator symbol, then {@code ==} (a postfix definition); or by
     * an infix symbol and a name, then {@code ==}. Comments and line breaks between the tokens do
     * not count; the tokens are read ahead of the parser, and processed when their turn comes.
     */
    private boolean definitionFollows() {
        int[] at = {0};
        int type = nextAhead(at);
        if (type == TLAPlusLexer.LPAREN || type == TLAPlusLexer.LBRACKET) {
            for (int depth = 1; depth > 0; ) {
                type = nextAhead(at);
                if (type == TLAPlusLexer.LPAREN || type == TLAPlusLexer.LBRACKET) {
                    depth++;
                } else if (type == TLAPlusLexer.RPAREN || type == TLAPlusLexer.RBRACKET) {
                    depth--;
                } else if (type == TLAPlusLexer.DEFEQ || type == Token.EOF || type == TLAPlusLexer.MODULE_END) {
                    return false;
                }
            }
            type = nextAhead(at);
        } else if (DefinitionBreaks.OPERATORS.contains(type)) {
            boolean infix = !DefinitionBreaks.POSTFIX.contains(type) && !DefinitionBreaks.PREFIX.contains(type);
            type = nextAhead(at);
            if (infix && DefinitionBreaks.name(type)) {
                type = nextAhead(at);
            }
        }
        return type == TLAPlusLexer.DEFEQ;
    }

    private boolean fairnessPrefix(int start) {
        char c = start < text.length() ? text.charAt(start) : ' ';
        return (c == 'W' || c == 'S') && text.startsWith("F_", start + 1);
    }

    private void splitFairness(TokenNode t) {
        String s = t.getText();
        TokenNode prefix = copy(t, s.startsWith("WF_") ? TLAPlusLexer.WF : TLAPlusLexer.SF,
                t.getStartIndex(), t.getStartIndex() + 2, t.getCharPositionInLine());
        process(prefix);
        if (s.length() > 3) {
            TokenNode rest = copy(t, TLAPlusLexer.IDENT, t.getStartIndex() + 3, t.getStopIndex(),
                    t.getCharPositionInLine() + 3);
            process(rest);
        }
    }

    private TokenNode copy(TokenNode t, int type, int start, int stop, int col) {
        TokenNode c = new TokenNode(source, type, Token.DEFAULT_CHANNEL, start, stop, t.getLine(), col);
        c.factory = factory;
        return c;
    }

    private void process(TokenNode t) {
        int type = t.getType();
        if (type == TLAPlusLexer.IDENT && !lexer.pluscal && endsExpression() && definitionFollows()) {
            // SANY's parser marks the start of a definition here (DefinitionBreaks): the mark ends
            // every expression and list, those of the LET whose definitions it is among excepted
            if (stack.inLet()) {
                stack.closeUpTo(Kind.LET, false);
            } else {
                stack.closeJunctions(0);
            }
        }
        if (DefinitionBreaks.SYMBOL_OPERANDS.contains(type) && !endsExpression() && !lexer.pluscal
                && (type != TLAPlusLexer.AND && type != TLAPlusLexer.OR || Tokens.spelledJunction(t))) {
            operandSymbol = t;
        }
        boolean firstOnLine = previous == null || lastLine() != t.getLine();
        // SANY's \land and \lor are other tokens than /\ and \/: never bullets (in prefix position an
        // operator symbol used as an operand, see SyntaxErrors); the symbols \u2227 \u2228 are bullets
        boolean bullet = (type == TLAPlusLexer.AND || type == TLAPlusLexer.OR) && !Tokens.spelledJunction(t);
        Kind bulletKind = type == TLAPlusLexer.AND ? Kind.AND : Kind.OR;
        // a token SANY's grammar reads inside a construct (a closing bracket, a comma, THEN, ...) is
        // never checked against the column: it ends no list (see IndentationCheck)
        boolean connector = IndentationCheck.connector(type, endsExpression());
        int col = -1;
        if ((firstOnLine || indentation.afterMisindented()) && stack.hasJunction()) {
            col = column(t);
        }
        if (col >= 0 && !connector) {
            // the column rule: close every list this token is at or left of, as SANY does also
            // across the brackets opened since (tla2sany.parser.BracketStack holds junction columns
            // only): the bracket is then left open, a syntax error
            for (int i = stack.size() - 1; i >= 0; i--) {
                Entry e = stack.get(i);
                if (!e.junction()) {
                    continue;
                }
                if (col > e.column()) {
                    break;
                }
                // a bracket, IF, LET, CASE or quantifier opened within this list and still open: SANY's
                // expression ends at this token, and the bracket's rule fails on it
                TokenNode open = stack.openAbove(i);
                if (open != null) {
                    breakingOpen = open;
                } else if (!endsExpression()) {
                    // an operand is still expected (after an operator, IN, ':', THEN, '->', '(' ...):
                    // SANY's expression ends at this token all the same, and the operand is missing
                    operandMissing = true;
                }
                if (col == e.column() && bullet && e.kind() == bulletKind) {
                    stack.truncate(i + 1);
                    indentation.itemEnded(e.start(), t);
                    TokenNode b = new TokenNode(t);
                    b.setType(type == TLAPlusLexer.AND ? TLAPlusLexer.AND_BULLET : TLAPlusLexer.OR_BULLET);
                    emitProcessed(b);
                    indentation.tokenRead(null, -1, stack::open, t);
                    return;
                }
                stack.closeJunctions(i);
            }
        }
        if (bullet && !endsExpression()) {
            if (col < 0) {
                col = column(t);
            }
            TokenNode b = new TokenNode(t);
            b.setType(type == TLAPlusLexer.AND ? TLAPlusLexer.AND_START : TLAPlusLexer.OR_START);
            stack.push(bulletKind, col, b);
            emitProcessed(b);
            indentation.tokenRead(null, -1, stack::open, t);
            return;
        }
        if (endsExpression() && endsEveryExpression(type)) {
            stack.closeExpression();
        }
        switch (type) {
            case TLAPlusLexer.LPAREN -> stack.push(Kind.PAREN, -1, t);
            case TLAPlusLexer.LBRACKET -> stack.push(Kind.BRACKET, -1, t);
            case TLAPlusLexer.LBRACE -> stack.push(Kind.BRACE, -1, t);
            case TLAPlusLexer.LTUPLE -> stack.push(Kind.TUPLE, -1, t);
            case TLAPlusLexer.IF -> stack.push(Kind.IF, -1, t);
            case TLAPlusLexer.LET -> stack.push(Kind.LET, -1, t);
            case TLAPlusLexer.CASE -> stack.push(Kind.CASE, -1, t);
            case TLAPlusLexer.FORALL, TLAPlusLexer.EXISTS, TLAPlusLexer.TFORALL, TLAPlusLexer.TEXISTS,
                 TLAPlusLexer.CHOOSE, TLAPlusLexer.LAMBDA -> stack.push(Kind.QUANT, -1, t);
            case TLAPlusLexer.RPAREN, TLAPlusLexer.RBRACKET, TLAPlusLexer.RBRACKET_UNDERSCORE, TLAPlusLexer.RBRACE,
                 TLAPlusLexer.RTUPLE, TLAPlusLexer.RTUPLE_UNDERSCORE -> stack.closeBracket();
            case TLAPlusLexer.THEN -> stack.closeUpTo(Kind.IF, false);
            case TLAPlusLexer.ELSE -> stack.closeUpTo(Kind.IF, true);
            case TLAPlusLexer.IN -> stack.closeUpTo(Kind.LET, true);
            case TLAPlusLexer.OTHER -> stack.closeUpTo(Kind.CASE, false);
            case TLAPlusLexer.ARROW -> {
                boolean other = previous != null && previous.getType() == TLAPlusLexer.OTHER;
                stack.closeToCase(Kind.CASE);
                stack.markCase(other ? Kind.OTHER_ARM : Kind.ARM);
            }
            case TLAPlusLexer.BOX -> {
                if (endsExpression()) {
                    stack.closeToCase(Kind.ARM);
                    stack.markCase(Kind.CASE);
                }
            }
            case TLAPlusLexer.COLON -> stack.closeUpTo(Kind.QUANT, true);
            case TLAPlusLexer.COMMA -> stack.closeForComma();
            case TLAPlusLexer.CONSTANT, TLAPlusLexer.CONSTANTS, TLAPlusLexer.VARIABLE, TLAPlusLexer.VARIABLES,
                 TLAPlusLexer.ASSUMPTION, TLAPlusLexer.AXIOM, TLAPlusLexer.THEOREM, TLAPlusLexer.LEMMA,
                 TLAPlusLexer.PROPOSITION, TLAPlusLexer.COROLLARY, TLAPlusLexer.USE, TLAPlusLexer.HIDE,
                 TLAPlusLexer.SEPARATOR, TLAPlusLexer.MODULE_END, TLAPlusLexer.LOCAL, TLAPlusLexer.STEP_LABEL, TLAPlusLexer.STEP_NAME,
                 TLAPlusLexer.PROOF, TLAPlusLexer.BY, TLAPlusLexer.OBVIOUS, TLAPlusLexer.OMITTED,
                 TLAPlusLexer.EXTENDS -> stack.closeJunctions(0);
            case TLAPlusLexer.RECURSIVE -> {
                if (stack.inLet()) {
                    stack.closeUpTo(Kind.LET, false);
                } else {
                    stack.closeJunctions(0);
                }
            }
            default -> {
                if (type == TLAPlusLexer.SEMI || isPlusCalKeyword(type)) {
                    stack.closeForStatement();
                }
            }
        }
        emitProcessed(t);
        Entry list = stack.innermostJunction();
        indentation.tokenRead(connector && list != null && col >= 0 && col <= list.column() ? list.start() : null,
                list == null ? -1 : list.column(), stack::open, t);
    }

    /**
     * Tokens SANY's grammar reads after an expression, in the construct around it, that no
     * expression continues with: they end the lists ended expressions were items of (see
     * {@link LayoutStack#closeExpression}).
     */
    private static boolean endsEveryExpression(int type) {
        return switch (type) {
            case TLAPlusLexer.COMMA, TLAPlusLexer.EXCEPT, TLAPlusLexer.MAPSTO, TLAPlusLexer.COLON, TLAPlusLexer.ARROW,
                 TLAPlusLexer.PROVE, TLAPlusLexer.DEF, TLAPlusLexer.DEFS -> true;
            default -> false;
        };
    }

    /**
     * Reports the tokens read at or left of the column of the list item they belong to (see
     * {@link IndentationCheck}) whose item ended before any error in {@code diagnostics}.
     */
    public void reportMisindented(List<Diagnostic> diagnostics) {
        indentation.report(file, diagnostics);
    }

    /**
     * {@code algorithm}, {@code macro}, {@code await} and {@code when} end no expression for the
     * translator: where a name or operand is expected (after an operator, an opening bracket, a
     * comma, {@code :=}, {@code variables}, {@code with} or a keyword an expression follows; in a
     * define block always: {@link PlusCalNames}) they are names; after a statement or declaration
     * boundary, or what ends an expression, they keep their meaning.
     */
    private boolean plusCalName(int keyword) {
        return (keyword == TLAPlusLexer.PC_ALGORITHM || keyword == TLAPlusLexer.PC_MACRO || keyword == TLAPlusLexer.PC_AWAIT
                || keyword == TLAPlusLexer.PC_WHEN) && operandPosition();
    }

    /** Whether the translator expects a name or an operand after the previous token (see {@link #plusCalName}). */
    private boolean operandPosition() {
        if (previous == null) {
            return false;
        }
        int p = previous.getType();
        switch (p) {
            case TLAPlusLexer.PC_VARIABLE, TLAPlusLexer.PC_VARIABLES, TLAPlusLexer.PC_WITH, TLAPlusLexer.COMMA, TLAPlusLexer.PC_ASSIGN, TLAPlusLexer.PC_IF, TLAPlusLexer.PC_ELSIF,
                 TLAPlusLexer.PC_WHILE, TLAPlusLexer.PC_AWAIT, TLAPlusLexer.PC_WHEN, TLAPlusLexer.PC_PRINT,
                 TLAPlusLexer.PC_ASSERT -> {
                return true;
            }
            default -> {
            }
        }
        // a label's fairness mark (l:+ or l:-) ends the label
        boolean labelMark = (p == TLAPlusLexer.PLUS || p == TLAPlusLexer.MINUS) && bmp && previous.getStartIndex() > 0
                && text.charAt(previous.getStartIndex() - 1) == ':';
        return !endsExpression() && !isPlusCalKeyword(p) && p != TLAPlusLexer.SEMI && p != TLAPlusLexer.COLON
                && p != TLAPlusLexer.LBRACE && p != TLAPlusLexer.MINUSMINUS && !labelMark;
    }

    /** An identifier, a PlusCal keyword or a TLA+ reserved word (a token spelt as an identifier). */
    private static boolean word(TokenNode t) {
        String s = t.getText();
        if (s == null || s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlusCalKeyword(int type) {
        return type >= TLAPlusLexer.PC_ALGORITHM && type <= TLAPlusLexer.PC_PAR;
    }

    private void emitProcessed(TokenNode t) {
        if (breakingOpen != null || operandMissing) {
            breaks.add(new Break(t, breakingOpen != null ? breakingOpen : t));
            breakingOpen = null;
            operandMissing = false;
        }
        pending.add(t);
        previous = t;
        if (lexer.pluscal) {
            names.seen(t);
        }
    }

    /**
     * The first token that ended a junction list where SANY's parser fails on it for certain: a
     * bracket (or IF, LET, CASE, quantifier) opened within the list was still open (the expression
     * inside it ends at that token, and the bracket cannot be closed), or an operand was still
     * expected (after an operator, IN, ':', THEN ...). ANTLR, looking ahead, often notices the
     * error earlier, at the start of the choice that fails; SANY reports it at that token. Only a
     * break the parser has read (token index at most {@code last}) or is about to read (nothing but
     * list ends before it; only when {@code upcoming}) counts: an error noticed before the parser
     * got there is another error. Null if none.
     */
    public Token bracketBreak(int last, boolean upcoming) {
        for (Break b : breaks) {
            int at = b.at().getTokenIndex();
            boolean reached = at >= 0 ? at <= last : upcoming && nextToRead(b.at());
            int open = b.open() == b.at() ? -1 : b.open().getTokenIndex();
            if (reached && open <= last && (open >= 0 || b.open() == b.at())) {
                return b.at();
            }
        }
        return null;
    }

    /** Whether {@code t} is the next token of the default channel the parser reads, only list ends before it. */
    private boolean nextToRead(TokenNode t) {
        for (TokenNode p : pending) {
            if (p == t) {
                return true;
            }
            if (p.getChannel() == Token.DEFAULT_CHANNEL && p.getType() != TLAPlusLexer.JUNCTION_END) {
                return false;
            }
        }
        return false;
    }

    /** A token {@code at} that ends a list across the bracket opened by {@code open}. */
    private record Break(TokenNode at, TokenNode open) {
    }

    private int lastLine() {
        return previous.getLine();
    }

    private boolean endsExpression() {
        if (previous == null) {
            return false;
        }
        if (previous == operandSymbol) {
            return true;
        }
        return switch (previous.getType()) {
            case TLAPlusLexer.IDENT, TLAPlusLexer.NUMBER, TLAPlusLexer.DECIMAL, TLAPlusLexer.BINARY,
                 TLAPlusLexer.OCTAL, TLAPlusLexer.HEX, TLAPlusLexer.STRING, TLAPlusLexer.TRUE, TLAPlusLexer.FALSE,
                 TLAPlusLexer.BOOLEAN, TLAPlusLexer.STRING_SET, TLAPlusLexer.RPAREN, TLAPlusLexer.RBRACKET,
                 TLAPlusLexer.RBRACE, TLAPlusLexer.RTUPLE, TLAPlusLexer.PRIME, TLAPlusLexer.CARET_PLUS,
                 TLAPlusLexer.CARET_STAR, TLAPlusLexer.CARET_HASH, TLAPlusLexer.AT, TLAPlusLexer.JUNCTION_END,
                 TLAPlusLexer.UNDERSCORE -> true;
            default -> false;
        };
    }

    private TokenNode junctionEnd() {
        TokenNode p = previous;
        int start = p == null ? 0 : p.getStopIndex() + 1;
        int line = p == null ? lexer.getLine() : p.getLine();
        int col = p == null ? lexer.getCharPositionInLine()
                : p.getCharPositionInLine() + (p.getStopIndex() - p.getStartIndex() + 1);
        TokenNode e = new TokenNode(source, TLAPlusLexer.JUNCTION_END, Token.DEFAULT_CHANNEL, start, start - 1, line, col);
        e.setText("");
        return e;
    }

    private TokenNode eof() {
        TokenNode p = previous;
        int start = Math.min(endIndex, text.codePointCount(0, text.length()));
        TokenNode e = p == null ? new TokenNode(source, Token.EOF, Token.DEFAULT_CHANNEL, start, start - 1, 1, 0)
                : new TokenNode(source, Token.EOF, Token.DEFAULT_CHANNEL, start, start - 1, p.getLine(),
                        p.getCharPositionInLine() + (p.getStopIndex() - p.getStartIndex() + 1));
        e.setText("<EOF>");
        return e;
    }

    /** The char index in the text of a token's (code-point) start index. */
    private int charIndex(int codePoint) {
        if (bmp) {
            return codePoint;
        }
        if (codePoint < cursorCodePoint) {
            cursorCodePoint = 0;
            cursorChar = 0;
        }
        cursorChar = text.offsetByCodePoints(cursorChar, codePoint - cursorCodePoint);
        cursorCodePoint = codePoint;
        return cursorChar;
    }

    /**
     * The column of a token as SANY counts it: a tab advances to the next multiple of 8, other
     * characters count one each (a character outside the BMP too, though it is two UTF-16 units).
     */
    private int column(TokenNode t) {
        int start = t.getStartIndex();
        int charIndex = charIndex(start);
        if (lineStartLine != t.getLine()) {
            int ls = charIndex;
            while (ls > 0 && text.charAt(ls - 1) != '\n' && text.charAt(ls - 1) != '\r') {
                ls--;
            }
            lineStart = ls;
            lineStartLine = t.getLine();
        }
        int col = 0;
        for (int i = lineStart; i < charIndex; i++) {
            char ch = text.charAt(i);
            if (ch == '\t') {
                col = (col / TAB + 1) * TAB;
            } else if (!Character.isLowSurrogate(ch)) {
                col++;
            }
        }
        return col;
    }

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }
}
