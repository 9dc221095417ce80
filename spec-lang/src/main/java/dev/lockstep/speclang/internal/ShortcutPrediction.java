package dev.lockstep.speclang.internal;

import java.util.Arrays;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.DecisionState;
import org.antlr.v4.runtime.atn.LL1Analyzer;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.StarLoopEntryState;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's prediction with a table lookup in front, for the SLL stage of a parse (the stage that
 * handles valid input). Most decisions in TLA+ expressions are settled by the next token, but ANTLR
 * generates an {@code adaptivePredict} call for them (the loops that continue an expression are
 * ambiguous in the grammar: {@code IF a THEN b ELSE c + d}); one such call per operand or operator
 * was a large part of the parse. Here:
 * <ul>
 * <li>a token that starts only one alternative of a decision (its LL(1) set, follow included)
 * predicts that alternative, which is what ANTLR's SLL prediction answers for it;</li>
 * <li>in the operand and operator loops of {@code expr}, a token that can both continue the loop
 * and follow the expression continues the loop: ANTLR resolves that ambiguity the same way
 * (loops are greedy);</li>
 * <li>at a {@code primary} starting with an identifier, a second token other than {@code (} and
 * {@code ::} predicts a name, not a label.</li>
 * </ul>
 * Everything else goes to ANTLR. The LL stage (error recovery) uses ANTLR's prediction only.
 * {@code ShortcutPredictionTest} checks that trees are the same as with ANTLR's prediction.
 */
public final class ShortcutPrediction extends ParserATNSimulator {
    /** Per decision, per token type + 1: the predicted alternative, 0 for "ask ANTLR"; null: no table. */
    private static final int[][] TABLES;
    /** The decision at the start of rule primary, and its label and name alternatives. */
    private static final int PRIMARY_DECISION;
    private static final int LABEL_ALT = 1;
    private static final int NAME_ALT = 2;

    static {
        ATN atn = TLAPlusParser._ATN;
        LL1Analyzer analyzer = new LL1Analyzer(atn);
        int tokenTypes = atn.maxTokenType + 2;
        TABLES = new int[atn.getNumberOfDecisions()][];
        for (int d = 0; d < TABLES.length; d++) {
            DecisionState s = atn.getDecisionState(d);
            IntervalSet[] look = analyzer.getDecisionLookahead(s);
            if (look == null || Arrays.stream(look).anyMatch(l -> l == null)) {
                continue;
            }
            boolean greedyLoop = s instanceof StarLoopEntryState && s.ruleIndex == TLAPlusParser.RULE_expr
                    && look.length == 2;
            int[] table = new int[tokenTypes];
            for (int t = Token.EOF; t <= atn.maxTokenType; t++) {
                int alt = 0;
                int count = 0;
                for (int a = 0; a < look.length; a++) {
                    if (look[a].contains(t)) {
                        count++;
                        alt = alt == 0 ? a + 1 : alt;
                    }
                }
                if (count == 1 || (count == 2 && greedyLoop && look[0].contains(t))) {
                    table[t + 1] = alt;
                }
            }
            TABLES[d] = table;
        }
        DecisionState primary = (DecisionState) atn.ruleToStartState[TLAPlusParser.RULE_primary].transition(0).target;
        IntervalSet[] look = analyzer.getDecisionLookahead(primary);
        boolean shaped = look.length > NAME_ALT && look[LABEL_ALT - 1].contains(TLAPlusParser.IDENT)
                && look[NAME_ALT - 1].contains(TLAPlusParser.IDENT);
        PRIMARY_DECISION = shaped ? primary.decision : -1;
    }

    public ShortcutPrediction(TLAPlusParser parser) {
        super(parser, TLAPlusParser._ATN, TLAPlusParser._decisionToDFA, TLAPlusParser._sharedContextCache);
    }

    @Override
    public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
        int[] table = TABLES[decision];
        if (table != null) {
            int la = input.LA(1);
            int alt = table[la + 1];
            if (alt != 0) {
                return alt;
            }
            if (decision == PRIMARY_DECISION && la == TLAPlusParser.IDENT) {
                int next = input.LA(2);
                if (next == TLAPlusParser.COLONCOLON) {
                    return LABEL_ALT;
                }
                if (next != TLAPlusParser.LPAREN) {
                    return NAME_ALT;
                }
            }
        }
        return super.adaptivePredict(input, decision, outerContext);
    }
}
