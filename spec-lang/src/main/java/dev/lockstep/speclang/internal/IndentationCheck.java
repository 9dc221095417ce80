package dev.lockstep.speclang.internal;

import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.antlr.v4.runtime.Token;

/**
 * SANY's check that every token of a junction list item lies right of the item's bullet, for the
 * tokens its column rule does not see. SANY's parser (tla+.jj) applies the column rule only where an
 * expression may go on: {@code Expression()} takes another operator or operand only while the next
 * token lies right of the innermost list's column ({@code BracketStack.aboveReference}). The tokens a
 * construct reads in its middle or at its end, a closing bracket, a comma, THEN, ELSE, IN, a CASE
 * arrow or box, OTHER, a quantifier's colon, {@code |->}, are read whatever their column; only once
 * the item is complete does {@code JunctionItem} check the columns of all its parts (nested lists
 * excepted) and fail with "Item at ... is not properly indented inside conjunction or disjunction
 * list item". An error in the item before its end is found first, so spec-lang reports such a
 * token only when no error lies before its item's end ({@link #report}).
 */
final class IndentationCheck {
    /** A token at or left of the column of the list (first bullet {@code list}) whose item holds it. */
    private static final class Misindented {
        final Token at;
        final Token list;
        final int column;
        /** The token that ended the item, null while it is open. */
        Token end;

        Misindented(Token at, Token list, int column) {
            this.at = at;
            this.list = list;
            this.column = column;
        }
    }

    private final List<Misindented> found = new ArrayList<>();
    private boolean afterMisindented;

    /**
     * Whether SANY's grammar reads a token of this type inside a construct, never as the start of an
     * expression's next operator or operand (a {@code []} after an operand is a CASE box; before one,
     * the temporal operator).
     */
    static boolean connector(int type, boolean afterOperand) {
        return switch (type) {
            case TLAPlusLexer.RPAREN, TLAPlusLexer.RBRACKET, TLAPlusLexer.RBRACKET_UNDERSCORE, TLAPlusLexer.RBRACE,
                 TLAPlusLexer.RTUPLE, TLAPlusLexer.RTUPLE_UNDERSCORE, TLAPlusLexer.COMMA, TLAPlusLexer.THEN,
                 TLAPlusLexer.ELSE, TLAPlusLexer.IN, TLAPlusLexer.ARROW, TLAPlusLexer.OTHER, TLAPlusLexer.COLON,
                 TLAPlusLexer.MAPSTO -> true;
            case TLAPlusLexer.BOX -> afterOperand;
            default -> false;
        };
    }

    /** Whether the previous token was misindented: SANY's column rule then applies to the next one, on any line. */
    boolean afterMisindented() {
        return afterMisindented;
    }

    /**
     * Notes that {@code t} was read: it ends the items of lists no longer open; when {@code list} is
     * not null, {@code t} is a connector at or left of that list's column ({@code column}, 0-based).
     */
    void tokenRead(Token list, int column, Predicate<TokenNode> open, Token t) {
        for (Misindented m : found) {
            if (m.end == null && !open.test((TokenNode) m.list)) {
                m.end = t;
            }
        }
        afterMisindented = list != null;
        if (list != null) {
            found.add(new Misindented(t, list, column));
        }
    }

    /** The list whose first bullet is {@code list} goes on with its next item, at {@code t}. */
    void itemEnded(Token list, Token t) {
        for (Misindented m : found) {
            if (m.end == null && m.list == list) {
                m.end = t;
            }
        }
    }

    /** Adds an LS102 for each misindented token whose item ended before every error in {@code diagnostics}. */
    void report(Path file, List<Diagnostic> diagnostics) {
        List<Diagnostic> add = new ArrayList<>();
        for (Misindented m : found) {
            SourcePosition end = m.end == null ? null : Tokens.range(file, m.end).start();
            boolean errorBefore = diagnostics.stream().anyMatch(d -> d.isError()
                    && (end == null || d.range() == null || d.range().start().compareTo(end) <= 0));
            if (!errorBefore) {
                add.add(Diagnostic.error(DiagnosticCode.LS102_SYNTAX_ERROR, Tokens.range(file, m.at),
                        "'" + m.at.getText() + "' is not properly indented: it lies at or left of column "
                                + (m.column + 1) + " of the " + m.list.getText() + " list item it belongs to (line "
                                + m.list.getLine() + ")"));
            }
        }
        diagnostics.addAll(add);
    }
}
