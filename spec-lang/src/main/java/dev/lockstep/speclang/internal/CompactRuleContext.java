package dev.lockstep.speclang.internal;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The base of the generated parser's context classes ({@code contextSuperClass}): children lists
 * start with room for two instead of ArrayList's ten, since most contexts have one to three
 * children (an operand, a name). Halves what the parse tree's lists allocate.
 */
public class CompactRuleContext extends ParserRuleContext {
    public CompactRuleContext() {
    }

    public CompactRuleContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = new ArrayList<>(2);
        }
        children.add(t);
        return t;
    }
}
