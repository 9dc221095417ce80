package dev.lockstep.speclang.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The junction lists and brackets open at the token {@link JunctionTokenSource} is reading,
 * innermost last, and which of them each closing token ends: a closing bracket ends everything
 * opened inside its bracket, THEN or ELSE what was opened since the IF, IN since the LET, a CASE
 * arrow or box since its CASE, a colon since its quantifier, a comma since its bracket, a module
 * unit everything. Ending a junction list emits a list end through {@code listEnded}. SANY keeps
 * the same stack in its parser (tla2sany.parser.BracketStack, junction columns only; the brackets
 * are its grammar's nesting).
 */
final class LayoutStack {
    /**
     * {@code ARM}: a CASE past an arm's arrow, which may end after the arm's expression;
     * {@code OTHER_ARM}: past the OTHER arm's arrow, which ends the CASE after its expression.
     */
    enum Kind { PAREN, BRACKET, BRACE, TUPLE, IF, LET, CASE, ARM, OTHER_ARM, QUANT, AND, OR }

    /** An open list or bracket; {@code start} is its first token (a list's first bullet); {@code column} a list's, else -1. */
    record Entry(Kind kind, int column, TokenNode start) {
        boolean junction() {
            return kind == Kind.AND || kind == Kind.OR;
        }

        boolean bracket() {
            return kind == Kind.PAREN || kind == Kind.BRACKET || kind == Kind.BRACE || kind == Kind.TUPLE;
        }

        boolean arm() {
            return kind == Kind.ARM || kind == Kind.OTHER_ARM;
        }
    }

    private final List<Entry> stack = new ArrayList<>();
    private final Runnable listEnded;

    /** @param listEnded called once for every junction list ended, innermost first */
    LayoutStack(Runnable listEnded) {
        this.listEnded = listEnded;
    }

    int size() {
        return stack.size();
    }

    Entry get(int i) {
        return stack.get(i);
    }

    /** Whether a LET is open (at any depth). */
    boolean inLet() {
        return stack.stream().anyMatch(e -> e.kind == Kind.LET);
    }

    /** Opens a list (at {@code column}) or a bracket, IF, LET, CASE or quantifier (column -1). */
    void push(Kind k, int column, TokenNode t) {
        stack.add(new Entry(k, column, t));
    }

    /** The innermost open junction list, or null. */
    Entry innermostJunction() {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i).junction()) {
                return stack.get(i);
            }
        }
        return null;
    }

    boolean hasJunction() {
        return innermostJunction() != null;
    }

    /** Whether the list whose first bullet is {@code start} is still open. */
    boolean open(TokenNode start) {
        for (Entry e : stack) {
            if (e.start == start) {
                return true;
            }
        }
        return false;
    }

    /** The first bracket (IF, LET, CASE, quantifier) opened within the list at index {@code i} and still open, or null. */
    TokenNode openAbove(int i) {
        for (int k = i + 1; k < stack.size(); k++) {
            if (!stack.get(k).junction() && !stack.get(k).arm()) {
                return stack.get(k).start;
            }
        }
        return null;
    }

    /** Removes the entries above index {@code size - 1} without ending lists (a bullet continuing its list). */
    void truncate(int size) {
        while (stack.size() > size) {
            stack.remove(stack.size() - 1);
        }
    }

    /** Removes entries from the top down to index {@code i} inclusive, ending each junction. */
    void closeJunctions(int i) {
        for (int k = stack.size() - 1; k >= i; k--) {
            if (stack.get(k).junction()) {
                listEnded.run();
            }
            stack.remove(k);
        }
    }

    /** A closing bracket: ends the innermost bracket and what was opened inside it. */
    void closeBracket() {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i).bracket()) {
                closeJunctions(i);
                return;
            }
        }
    }

    /** Marks the CASE on top of the stack (after {@link #closeUpTo}) as in an arm's expression or awaiting one. */
    void markCase(Kind kind) {
        int top = stack.size() - 1;
        if (top >= 0 && (stack.get(top).kind == Kind.CASE || stack.get(top).arm())) {
            Entry e = stack.get(top);
            stack.set(top, new Entry(kind, e.column, e.start));
        }
    }

    /** Ends what was opened since the innermost {@code target} (and it too when {@code removeTarget}), within the innermost bracket. */
    void closeUpTo(Kind target, boolean removeTarget) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            Entry e = stack.get(i);
            if (e.kind == target || target == Kind.CASE && e.arm()) {
                closeJunctions(removeTarget ? i : i + 1);
                return;
            }
            if (e.bracket()) {
                return;
            }
        }
    }

    /**
     * Closes the entries above the CASE a CASE arrow ({@code to} = CASE) or box ({@code to} = ARM)
     * belongs to. An arm already past its arrow cannot take another arrow (one inside its
     * expression would be in a bracket or a CASE above it), and the OTHER arm takes no box: that
     * CASE is complete, and the token belongs to an enclosing CASE, as SANY's grammar reads it.
     */
    void closeToCase(Kind to) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            Entry e = stack.get(i);
            if (e.kind == Kind.CASE || e.kind == to) {
                closeJunctions(i + 1);
                return;
            }
            if (e.bracket()) {
                break;
            }
        }
        closeUpTo(Kind.CASE, false); // no CASE awaits it: a syntax error, the nearest CASE keeps it
    }

    /**
     * A token that cannot continue an expression after a complete operand (EXCEPT, {@code |->}, a
     * colon, a comma, PROVE, DEF ...): SANY's expression ends there, and with it each list and each
     * complete CASE arm it was the last item of, up to the construct the token belongs to (a
     * bracket, IF, LET, a CASE awaiting an arm, a quantifier's bounds).
     */
    void closeExpression() {
        int i = stack.size();
        while (i > 0 && (stack.get(i - 1).junction() || stack.get(i - 1).arm())) {
            i--;
        }
        closeJunctions(i);
    }

    /** A comma: ends the lists opened directly inside the innermost bracket. */
    void closeForComma() {
        for (int i = stack.size() - 1; i >= 0; i--) {
            Entry e = stack.get(i);
            if (e.bracket()) {
                closeJunctions(i + 1);
                return;
            }
            if (!e.junction()) {
                return;
            }
        }
    }

    /** A PlusCal statement boundary: ends what was opened inside the innermost bracket, or everything. */
    void closeForStatement() {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i).bracket()) {
                closeJunctions(i + 1);
                return;
            }
        }
        closeJunctions(0);
    }
}
