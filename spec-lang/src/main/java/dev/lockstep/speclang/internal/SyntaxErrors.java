package dev.lockstep.speclang.internal;

import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.nio.file.Path;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Turns ANTLR syntax errors into LS102 diagnostics with short, TLA+-flavoured messages. */
public final class SyntaxErrors extends BaseErrorListener {
    private final Path file;
    private final List<Diagnostic> diagnostics;
    private final int max;
    private int count;
    /** Where the first error was reported. */
    private Token first;

    public SyntaxErrors(Path file, List<Diagnostic> diagnostics, int max) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.max = max;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int col, String msg,
                            RecognitionException e) {
        if (++count > max) {
            return;
        }
        // how far the parser has read (its lookahead included) before anything below reads further
        int read = recognizer.getInputStream() instanceof org.antlr.v4.runtime.TokenStream ts ? ts.size() : 0;
        Token t = offendingSymbol instanceof Token tok ? tok : null;
        if (e instanceof NoViableAltException nva && nva.getStartToken() != null && nva.getStartToken().getType() != Token.EOF
                && t != null && t.getType() != TLAPlusLexer.JUNCTION_END && !inExpression(nva)
                && !infixBefore(recognizer, nva.getStartToken(), t)
                && !openApplication(recognizer, nva) && !afterDefinitionSign(recognizer, nva.getStartToken(), t)
                && nva.getStartToken().getType() != TLAPlusLexer.PROOF // SANY reads PROOF, then expects a step
                && !(nva.getCtx() instanceof TLAPlusParser.StepBodyContext)) { // and commits to a step's body on its first token
            // no unit fits from here on: SANY (JavaCC, which consumes nothing while it looks ahead
            // at a unit's first tokens) reports the token where the choice began, so does spec-lang
            t = nva.getStartToken();
        }
        t = afterOperatorOperand(recognizer, t);
        // an operand-opening symbol the parser could not take here (IF i |->, (i ->): SANY fails at
        // it too, not at the token after it, as where it took the symbol and found no operand
        Token noOperand = e instanceof InputMismatchException && t == offendingSymbol ? null : operandMissingAfter(recognizer, t);
        t = noOperand != null ? noOperand : t;
        // SANY stops at its first error: only that one moves to a break (later ones follow recovery)
        Token broken = count == 1 && offendingSymbol instanceof Token tok && t != null
                ? bracketBreak(recognizer, noOperand != null ? noOperand : endedBy(recognizer, tok), read) : null;
        if (broken != null) {
            t = broken;
        } else if (count == 1 && t != null) {
            t = deadEnd(recognizer, t);
            if (recognizer instanceof Parser p) {
                t = ProofSyntaxPlaces.sanyPlace(p.getInputStream(), t, p.getContext());
            }
        }
        Token at = t == null ? null : broken != null ? t : definitionBreak(recognizer, endedBy(recognizer, t));
        if (at != null && first != null && at.getStartIndex() < first.getStartIndex()) {
            // an error found after recovering from the first one is not reported before it (a
            // failed choice's start can lie before the first error; the first one may lie at a
            // break the parser has not fetched yet, a token without an index: positions compare)
            at = first;
        } else if (first == null) {
            first = at;
        }
        SourceRange r = at == null ? SourceRange.at(file, Math.max(0, line - 1), Math.max(0, col)) : Tokens.range(file, at);

        String message;
        if (t == null) {
            message = msg;
        } else {
            String what = describe(t);
            String expected = expected(recognizer, e);
            if (msg.startsWith("missing ")) {
                String missing = msg.substring("missing ".length()).replaceAll(" at .*", "");
                message = "missing " + display(missing) + " before " + what;
            } else if (msg.startsWith("extraneous input") || e instanceof InputMismatchException
                    || e instanceof NoViableAltException || e == null) {
                message = "unexpected " + what + expected;
            } else {
                message = "unexpected " + what + expected;
            }
        }
        diagnostics.add(Diagnostic.error(DiagnosticCode.LS102_SYNTAX_ERROR, r, message));
    }

    /**
     * Where SANY fails when ANTLR's prediction met a dead end further on than the offending token
     * (see {@link DeadEndPrediction}): ANTLR left the construct there, SANY fails inside it.
     */
    private static Token deadEnd(Recognizer<?, ?> recognizer, Token t) {
        if (recognizer.getInterpreter() instanceof DeadEndPrediction p && p.deadEnd() != null
                && !(recognizer.getInputStream() instanceof org.antlr.v4.runtime.TokenStream ts && certainFailure(ts, t))
                && t.getTokenIndex() >= 0 && p.deadEnd().getTokenIndex() > t.getTokenIndex()) {
            return p.deadEnd();
        }
        return t;
    }

    /**
     * Whether the failed choice began at an infix operator right before the offending token: SANY
     * takes the operator on one token of lookahead and fails on the missing operand, the token after.
     */
    private static boolean infixBefore(Recognizer<?, ?> recognizer, Token start, Token offending) {
        String s = start.getText();
        if (s == null || s.isEmpty() || !INFIX.contains(s)
                || !(recognizer.getInputStream() instanceof org.antlr.v4.runtime.TokenStream ts)) {
            return false;
        }
        for (int i = start.getTokenIndex() + 1; i >= 1 && i < ts.size(); i++) {
            Token n = ts.get(i);
            if (n.getChannel() == Token.DEFAULT_CHANNEL) {
                return n == offending;
            }
        }
        return false;
    }

    /**
     * Whether the failed choice is an operator application or a label ({@code C(x} then neither a
     * comma, a closing parenthesis nor {@code ::}): ANTLR cannot tell them apart before the
     * parenthesis closes, while SANY reads the application's arguments and fails at the offending
     * token after them.
     */
    private static boolean openApplication(Recognizer<?, ?> recognizer, NoViableAltException nva) {
        if (!(nva.getCtx() instanceof TLAPlusParser.PrimaryContext)
                || !(recognizer.getInputStream() instanceof org.antlr.v4.runtime.TokenStream ts)) {
            return false;
        }
        Token start = nva.getStartToken();
        for (int i = start.getTokenIndex() + 1; start.getType() == TLAPlusLexer.IDENT && i >= 1 && i < ts.size(); i++) {
            Token n = ts.get(i);
            if (n.getChannel() == Token.DEFAULT_CHANNEL) {
                return n.getType() == TLAPlusLexer.LPAREN;
            }
        }
        return false;
    }

    /**
     * Whether the failed choice began before a {@code ==} right before the offending token ({@code v ==}
     * then VARIABLE): SANY has marked the definition and read its {@code ==}, and fails where the
     * expression or INSTANCE should start.
     */
    private static boolean afterDefinitionSign(Recognizer<?, ?> recognizer, Token start, Token offending) {
        if (!(recognizer.getInputStream() instanceof org.antlr.v4.runtime.TokenStream ts)) {
            return false;
        }
        for (int i = offending.getTokenIndex() - 1; i > start.getTokenIndex() && i < ts.size(); i--) {
            Token p = ts.get(i);
            if (p.getChannel() == Token.DEFAULT_CHANNEL && p.getType() != TLAPlusLexer.JUNCTION_END) {
                return p.getType() == TLAPlusLexer.DEFEQ;
            }
        }
        return false;
    }

    /**
     * Where SANY fails on a {@code \land} or {@code \lor} that stands where an operand is expected:
     * its parser takes the operator symbol for an operand (a semantic error later: "requires 2
     * arguments") and fails on the token after it when that token starts another operand.
     */
    private static Token afterOperatorOperand(Recognizer<?, ?> recognizer, Token t) {
        if (t == null || !Tokens.spelledJunction(t) || !(recognizer.getInputStream() instanceof org.antlr.v4.runtime.TokenStream ts)) {
            return t;
        }
        for (int i = t.getTokenIndex() + 1; i >= 1 && i < ts.size(); i++) {
            Token n = ts.get(i);
            if (n.getChannel() == Token.DEFAULT_CHANNEL && n.getType() != TLAPlusLexer.JUNCTION_END) {
                return STARTS_OPERAND.contains(n.getType()) ? n : t;
            }
        }
        return t;
    }

    /** Tokens that start an operand and continue no expression ({@code (} after an operator symbol applies it). */
    private static final java.util.Set<Integer> STARTS_OPERAND = java.util.Set.of(TLAPlusLexer.IDENT, TLAPlusLexer.NUMBER,
            TLAPlusLexer.DECIMAL, TLAPlusLexer.BINARY, TLAPlusLexer.OCTAL, TLAPlusLexer.HEX, TLAPlusLexer.STRING,
            TLAPlusLexer.TRUE, TLAPlusLexer.FALSE, TLAPlusLexer.BOOLEAN, TLAPlusLexer.STRING_SET, TLAPlusLexer.LBRACE,
            TLAPlusLexer.LTUPLE, TLAPlusLexer.NOT, TLAPlusLexer.ENABLED, TLAPlusLexer.UNCHANGED, TLAPlusLexer.SUBSET,
            TLAPlusLexer.UNION, TLAPlusLexer.DOMAIN, TLAPlusLexer.IF, TLAPlusLexer.CASE, TLAPlusLexer.LET,
            TLAPlusLexer.FORALL, TLAPlusLexer.EXISTS, TLAPlusLexer.TFORALL, TLAPlusLexer.TEXISTS, TLAPlusLexer.CHOOSE,
            TLAPlusLexer.WF, TLAPlusLexer.SF);

    /**
     * Whether a failed choice lies within an expression. SANY's parser chooses among an
     * expression's forms on one or two tokens ({@code [x \\in S |-> }, {@code [a |-> }, {@code [a : },
     * {@code {x \\in S : }, {@code {a, }) and otherwise commits to the plain expression, so it fails
     * where the tokens stop fitting, the token ANTLR's prediction failed on (its offending token),
     * not at the choice's start.
     */
    private static boolean inExpression(NoViableAltException e) {
        return e.getCtx() != null && expressionRule(e.getCtx().getRuleIndex());
    }

    /** Whether a rule is one of an expression's parts (see {@link #inExpression}). */
    static boolean expressionRule(int ruleIndex) {
        return switch (ruleIndex) {
            case TLAPlusParser.RULE_expr, TLAPlusParser.RULE_primary, TLAPlusParser.RULE_postfixOp,
                 TLAPlusParser.RULE_argument, TLAPlusParser.RULE_quantBound, TLAPlusParser.RULE_caseArm,
                 TLAPlusParser.RULE_exceptClause, TLAPlusParser.RULE_exceptPath, TLAPlusParser.RULE_subscript,
                 TLAPlusParser.RULE_bracketForm, TLAPlusParser.RULE_symbolOperand, TLAPlusParser.RULE_selector -> true;
            default -> false;
        };
    }

    private static final java.util.Set<String> INFIX = java.util.Set.of("=", "#", "/=", "<", ">", "<=", "=<", ">=", "+",
            "-", "*", "/", "\\in", "\\notin", "\\subseteq", "\\cup", "\\cap", "\\union", "\\intersect", "=>",
            "<=>", "\\X", "\\times", "..", "\\o", "\\circ", "^", "%", "\\div", ":>", "@@", "~>", "-+->", "\\cdot");

    /**
     * Where to report a token: an unexpected end of a junction list is reported, as SANY does, at
     * the token that ended it (the next real token), not where the list's last item ends.
     */
    private static Token endedBy(Recognizer<?, ?> recognizer, Token t) {
        if (t.getType() != TLAPlusLexer.JUNCTION_END || t.getTokenIndex() < 0
                || !(recognizer.getInputStream() instanceof org.antlr.v4.runtime.TokenStream ts)) {
            return t;
        }
        if (ts instanceof org.antlr.v4.runtime.BufferedTokenStream buffered && buffered.size() <= t.getTokenIndex() + 64) {
            buffered.fill(); // the tokens after it may not be read yet (an error ends the parse soon anyway)
        }
        for (int i = t.getTokenIndex() + 1; i < Math.min(ts.size(), t.getTokenIndex() + 64); i++) {
            Token next = ts.get(i);
            if (next.getChannel() == Token.DEFAULT_CHANNEL && next.getType() != TLAPlusLexer.JUNCTION_END) {
                return next.getType() == Token.EOF ? t : next;
            }
        }
        return t;
    }

    /** A token at or before the offending one where SANY's parser fails for certain (see {@link JunctionTokenSource#bracketBreak}). */
    private static Token bracketBreak(Recognizer<?, ?> recognizer, Token offending, int read) {
        if (recognizer.getInputStream() instanceof org.antlr.v4.runtime.TokenStream ts
                && ts.getTokenSource() instanceof JunctionTokenSource source) {
            boolean certain = certainFailure(ts, offending);
            return source.bracketBreak(certain ? offending.getTokenIndex() : Math.max(offending.getTokenIndex(), read - 1), !certain);
        }
        return null;
    }

    /**
     * The token after {@code t} when {@code t} expects an operand (an operator, {@code |->}, a comma
     * ...) and that token starts none ({@code 1 = ]}): ANTLR's expression stops before {@code t},
     * SANY takes {@code t} and fails on the next token. Null otherwise.
     */
    private static Token operandMissingAfter(Recognizer<?, ?> recognizer, Token t) {
        if (t == null || t.getTokenIndex() < 0 || !expectsOperand(t.getType())
                || !(recognizer.getInputStream() instanceof org.antlr.v4.runtime.TokenStream ts)) {
            return null;
        }
        for (int i = t.getTokenIndex() + 1; i < ts.size(); i++) {
            Token n = ts.get(i);
            if (n.getChannel() == Token.DEFAULT_CHANNEL && n.getType() != TLAPlusLexer.JUNCTION_END) {
                return STARTS_NO_OPERAND.contains(n.getType()) ? n : null;
            }
        }
        return null;
    }

    private static boolean expectsOperand(int type) {
        return DefinitionBreaks.OPERATORS.contains(type) && !DefinitionBreaks.POSTFIX.contains(type)
                || OPENS_OPERAND.contains(type);
    }

    /**
     * Whether SANY's parser fails at {@code t} whatever follows: a token that starts no operand where
     * one is expected (a closing bracket, {@code |->}, a comma, THEN ... after an operator, {@code ==},
     * {@code |->}, a comma, an opening bracket), or a prefix operator, a literal, {@code <<} or
     * <code>{</code> right after a complete operand (no expression continues with one). A list
     * broken further on, which ANTLR's look-ahead may have read, is then not where it fails.
     */
    private static boolean certainFailure(org.antlr.v4.runtime.TokenStream ts, Token t) {
        int i = t.getTokenIndex() - 1;
        while (i >= 0 && (ts.get(i).getChannel() != Token.DEFAULT_CHANNEL || ts.get(i).getType() == TLAPlusLexer.JUNCTION_END)) {
            i--;
        }
        if (i < 0 || t.getTokenIndex() < 0) {
            return false;
        }
        int before = ts.get(i).getType();
        return expectsOperand(before) && STARTS_NO_OPERAND.contains(t.getType())
                || DefinitionBreaks.ENDS_OPERAND.contains(before) && CONTINUES_NOTHING.contains(t.getType())
                // |->, -> or : after an operand, where the parser could not take it (IF i |->): as SANY
                || DefinitionBreaks.ENDS_OPERAND.contains(before) && OPENS_AFTER_OPERAND.contains(t.getType());
    }

    /** Tokens that continue an expression only inside a bracket, a CASE arm or a quantifier: where ANTLR rejects one, so does SANY. */
    private static final java.util.Set<Integer> OPENS_AFTER_OPERAND = java.util.Set.of(TLAPlusLexer.MAPSTO, TLAPlusLexer.ARROW,
            TLAPlusLexer.COLON);

    /** Tokens after which an operand must follow (besides operator symbols). */
    private static final java.util.Set<Integer> OPENS_OPERAND = java.util.Set.of(TLAPlusLexer.DEFEQ, TLAPlusLexer.MAPSTO,
            TLAPlusLexer.ARROW, TLAPlusLexer.COMMA, TLAPlusLexer.COLON, TLAPlusLexer.LPAREN, TLAPlusLexer.LBRACKET,
            TLAPlusLexer.THEN, TLAPlusLexer.ELSE, TLAPlusLexer.IN, TLAPlusLexer.IF);
    /** Tokens that can start no operand, not even an operator symbol taken as one. */
    private static final java.util.Set<Integer> STARTS_NO_OPERAND = java.util.Set.of(TLAPlusLexer.RPAREN,
            TLAPlusLexer.RBRACKET, TLAPlusLexer.RBRACKET_UNDERSCORE, TLAPlusLexer.RBRACE, TLAPlusLexer.RTUPLE,
            TLAPlusLexer.RTUPLE_UNDERSCORE, TLAPlusLexer.COMMA, TLAPlusLexer.MAPSTO, TLAPlusLexer.ARROW, TLAPlusLexer.COLON,
            TLAPlusLexer.DEFEQ, TLAPlusLexer.THEN, TLAPlusLexer.ELSE, TLAPlusLexer.IN, TLAPlusLexer.OTHER);
    /**
     * Tokens no expression continues with after a complete operand: operators that are only prefix,
     * literals, {@code <<}, <code>{</code> and the keywords that open an expression (IF, CASE, LET,
     * the quantifiers, CHOOSE, LAMBDA); a name may start a definition there, these do not.
     */
    private static final java.util.Set<Integer> CONTINUES_NOTHING = java.util.Set.of(TLAPlusLexer.NOT, TLAPlusLexer.ENABLED,
            TLAPlusLexer.UNCHANGED, TLAPlusLexer.SUBSET, TLAPlusLexer.UNION, TLAPlusLexer.DOMAIN, TLAPlusLexer.DIAMOND,
            TLAPlusLexer.NUMBER, TLAPlusLexer.DECIMAL, TLAPlusLexer.BINARY, TLAPlusLexer.OCTAL, TLAPlusLexer.HEX,
            TLAPlusLexer.STRING, TLAPlusLexer.LTUPLE, TLAPlusLexer.LBRACE, TLAPlusLexer.IF, TLAPlusLexer.CASE,
            TLAPlusLexer.LET, TLAPlusLexer.FORALL, TLAPlusLexer.EXISTS, TLAPlusLexer.TFORALL, TLAPlusLexer.TEXISTS,
            TLAPlusLexer.CHOOSE, TLAPlusLexer.LAMBDA);

    /**
     * SANY's lexer puts a "beginning of definition" token before the left side of each {@code ==};
     * when a definition starts where it may not, that token is the unexpected one, and it carries the
     * position of the left side's first token: an unexpected {@code ==} with nothing before it on
     * the left is reported at the token before it.
     */
    private static Token definitionBreak(Recognizer<?, ?> recognizer, Token t) {
        if (t.getTokenIndex() < 1 || !(recognizer.getInputStream() instanceof org.antlr.v4.runtime.TokenStream ts)) {
            return t;
        }
        if (t.getType() != TLAPlusLexer.DEFEQ) {
            return t;
        }
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token p = ts.get(i);
            if (p.getChannel() == Token.DEFAULT_CHANNEL && p.getType() != TLAPlusLexer.JUNCTION_END) {
                // SANY's scan starts after a nested module's end or a '==' and marks nothing before
                // them: its parser fails at the '==' itself
                return p.getType() == TLAPlusLexer.MODULE_END || p.getType() == TLAPlusLexer.DEFEQ ? t : p;
            }
        }
        return t;
    }

    private static String describe(Token t) {
        return switch (t.getType()) {
            case Token.EOF -> "end of input";
            case TLAPlusLexer.JUNCTION_END -> "end of a /\\ or \\/ list (check the bullets' alignment)";
            case TLAPlusLexer.MODULE_END -> "'" + t.getText() + "' (end of module)";
            default -> "'" + t.getText() + "'";
        };
    }

    private static final java.util.Map<String, String> DISPLAY = java.util.Map.ofEntries(
            java.util.Map.entry("IDENT", "an identifier"), java.util.Map.entry("ARROW", "'->'"),
            java.util.Map.entry("MAPSTO", "'|->'"), java.util.Map.entry("DEFEQ", "'=='"),
            java.util.Map.entry("COMMA", "','"), java.util.Map.entry("COLON", "':'"),
            java.util.Map.entry("RPAREN", "')'"), java.util.Map.entry("RBRACKET", "']'"),
            java.util.Map.entry("RBRACE", "'}'"), java.util.Map.entry("RTUPLE", "'>>'"),
            java.util.Map.entry("AND_BULLET", "'/\\'"), java.util.Map.entry("OR_BULLET", "'\\/'"),
            java.util.Map.entry("JUNCTION_END", "the end of the list"), java.util.Map.entry("SEMI", "';'"),
            java.util.Map.entry("THEN", "THEN"), java.util.Map.entry("ELSE", "ELSE"), java.util.Map.entry("IN", "IN"),
            java.util.Map.entry("SEPARATOR", "'----'"), java.util.Map.entry("MODULE_END", "'===='"),
            java.util.Map.entry("EQ", "'='"), java.util.Map.entry("IN_OP", "'\\in'"),
            java.util.Map.entry("PC_ASSIGN", "':='"), java.util.Map.entry("PC_END", "end"),
            java.util.Map.entry("PC_THEN", "then"), java.util.Map.entry("PC_DO", "do"), java.util.Map.entry("EOF", "end of input"));

    private static String display(String name) {
        return DISPLAY.getOrDefault(name, name);
    }

    private static String expected(Recognizer<?, ?> recognizer, RecognitionException e) {
        if (!(recognizer instanceof Parser p)) {
            return "";
        }
        IntervalSet set;
        try {
            set = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : p.getExpectedTokens();
        } catch (RuntimeException ex) {
            return "";
        }
        if (set == null || set.size() == 0 || set.size() > 4) {
            return "";
        }
        StringBuilder sb = new StringBuilder(", expected ");
        List<Integer> types = set.toList();
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) {
                sb.append(i == types.size() - 1 ? " or " : ", ");
            }
            sb.append(display(p.getVocabulary().getDisplayName(types.get(i))));
        }
        return sb.toString();
    }
}
