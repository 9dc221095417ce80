package dev.lockstep.speclang.internal;

import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;

/**
 * ANTLR's prediction for the LL stage of a parse (the stage that reports syntax errors), noting the
 * furthest token where a prediction found no viable alternative. ANTLR does not report such a dead
 * end when one alternative had already finished the rule (a loop's exit): it takes that one and
 * reports the next token as unexpected, often the start of the construct whose inside is broken
 * ({@code f[} of an application whose argument lacks an operand). SANY's parser commits to the
 * construct on one or two tokens and fails inside it, at the token where the input stops fitting,
 * which is the dead end (see {@link SyntaxErrors}).
 */
public final class DeadEndPrediction extends ParserATNSimulator {
    private Token deadEnd;
    /** The decision being predicted. */
    private int decision;

    public DeadEndPrediction(TLAPlusParser parser) {
        super(parser, TLAPlusParser._ATN, TLAPlusParser._decisionToDFA, TLAPlusParser._sharedContextCache);
    }

    @Override
    public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
        this.decision = decision;
        return super.adaptivePredict(input, decision, outerContext);
    }

    @Override
    protected NoViableAltException noViableAlt(TokenStream input, ParserRuleContext outerContext, ATNConfigSet configs,
                                               int startIndex) {
        Token at = input.LT(1);
        // only a choice among an expression's forms: where no unit fits, SANY reports the unit's start
        if (at != null && SyntaxErrors.expressionRule(atn.getDecisionState(decision).ruleIndex) && (deadEnd == null || at.getTokenIndex() > deadEnd.getTokenIndex())) {
            deadEnd = at;
        }
        return super.noViableAlt(input, outerContext, configs, startIndex);
    }

    /** The furthest token where a prediction found no viable alternative, or null. */
    Token deadEnd() {
        return deadEnd;
    }
}
