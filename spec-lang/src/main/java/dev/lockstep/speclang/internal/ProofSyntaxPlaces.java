package dev.lockstep.speclang.internal;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Where SANY's parser (JavaCC) fails in the first tokens of a proof, an ASSUME/PROVE or a NEW
 * declaration when ANTLR blames a token nearby: JavaCC decides these choices on a fixed number of
 * tokens and fails at the token where the choice began, or at the one after a prefix it has taken
 * ({@code tla+.jj}: {@code Proof}, {@code Theorem}, {@code NewSymb}). For {@link SyntaxErrors}'
 * first error only.
 */
final class ProofSyntaxPlaces {
    private ProofSyntaxPlaces() {
    }

    /** The kinds a NEW declaration names. */
    private static final java.util.Set<Integer> KINDS = java.util.Set.of(TLAPlusLexer.CONSTANT, TLAPlusLexer.VARIABLE,
            TLAPlusLexer.STATE, TLAPlusLexer.ACTION, TLAPlusLexer.TEMPORAL);

    /** Where SANY fails, given that ANTLR failed at {@code t} in rule {@code ctx}; {@code t} where nothing here applies. */
    static Token sanyPlace(TokenStream ts, Token t, ParserRuleContext ctx) {
        if (t == null || t.getTokenIndex() < 0) {
            return t;
        }
        Token prev = previous(ts, t);
        Token before = prev == null ? null : previous(ts, prev);
        // a proof's first token decides on two: OBVIOUS or OMITTED then BY is read as PROOF BY, failing at the first
        if (t.getType() == TLAPlusLexer.BY && prev != null && (prev.getType() == TLAPlusLexer.OBVIOUS
                || prev.getType() == TLAPlusLexer.OMITTED) && (before == null || before.getType() != TLAPlusLexer.PROOF)) {
            return prev;
        }
        if (!within(ctx, TLAPlusParser.AssumeProveContext.class)) {
            return t;
        }
        // NewSymb: NEW and a kind are taken together, then a name must follow; a lone NEW or kind
        // that no declaration follows fails as a whole, at itself
        Token next = next(ts, t);
        if (t.getType() == TLAPlusLexer.NEW && next != null && KINDS.contains(next.getType())) {
            Token after = next(ts, next);
            return after != null && after.getType() != TLAPlusLexer.IDENT ? after : t;
        }
        if (prev != null && (KINDS.contains(prev.getType()) || prev.getType() == TLAPlusLexer.NEW) && before != null
                && (before.getType() == TLAPlusLexer.COMMA || before.getType() == TLAPlusLexer.ASSUME)) {
            return prev;
        }
        // a theorem's ASSUME/PROVE is chosen on three tokens: failing within them, SANY fails at ASSUME
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof TLAPlusParser.AssumeProveContext ap && ap.getParent() instanceof TLAPlusParser.TheoremContext) {
                Token assume = ap.getStart();
                Token second = next(ts, assume);
                Token third = second == null ? null : next(ts, second);
                return t == second || t == third ? assume : t;
            }
        }
        return t;
    }

    private static boolean within(ParserRuleContext ctx, Class<? extends ParserRuleContext> rule) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (rule.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** The token before {@code t} on the parser's channel, or null. */
    private static Token previous(TokenStream ts, Token t) {
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            if (ts.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                return ts.get(i);
            }
        }
        return null;
    }

    /** The token after {@code t} on the parser's channel, or null. */
    private static Token next(TokenStream ts, Token t) {
        for (int i = t.getTokenIndex() + 1; i < ts.size(); i++) {
            if (ts.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                return ts.get(i);
            }
        }
        return null;
    }
}
