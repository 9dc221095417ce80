package dev.lockstep.speclang.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * Words the PlusCal translator ({@code pcal.trans}) reads as names although they are keywords, for
 * {@link JunctionTokenSource} to give the parser as identifiers. The translator reads a macro's
 * name and parameters as any token, and substitutes the parameters in the macro's body token by
 * token, so a TLA+ reserved word ({@code IF}, {@code TRUE}, {@code OTHER}) may name a macro or a
 * parameter: in the body it is the parameter, and at a statement's start the macro's name is a call.
 * A variable declaration reads any word but those that end the declarations ({@code begin},
 * {@code define}, {@code macro}, {@code procedure}, {@code process}, {@code fair}), so a PlusCal
 * keyword may name a variable; it is then that variable at a statement's start (the left side of an
 * assignment), unless it starts a statement or (in P-syntax, or after a block) ends one; in an
 * expression the translator ends the expression at it ("Empty right-hand side of assignment").
 */
final class PlusCalNames {
    private enum Macro { NONE, NAME, PARAMS_NEXT, PARAMS, BODY_NEXT, BODY }

    private Macro macro = Macro.NONE;
    private boolean cBody;
    private int braces;
    private final Set<String> params = new HashSet<>();
    private final Set<String> macroNames = new HashSet<>();
    private final Set<String> variables = new HashSet<>();
    private boolean inDeclarations;
    /** P-syntax (a {@code begin} was seen): {@code or}, {@code else}, {@code elsif}, {@code end} then always end a block. */
    private boolean pSyntax;

    /**
     * Whether the word {@code t} (an identifier, a PlusCal keyword's identifier or a TLA+ reserved
     * word) is a name here. {@code previous} is the type of the token before it (0: none),
     * {@code operand} whether an operand is expected there.
     */
    boolean isName(TokenNode t, int previous, boolean operand) {
        String text = t.getText();
        Integer keyword = TLAPlusLexer.PLUSCAL_KEYWORDS.get(text);
        boolean reserved = t.getType() != TLAPlusLexer.IDENT;
        if (define != Define.OUTSIDE && keyword != null && !endsExpression(keyword)) {
            return true;
        }
        switch (macro) {
            case NAME -> {
                macro = Macro.PARAMS_NEXT;
                if (reserved) {
                    macroNames.add(text);
                    return true;
                }
                return false;
            }
            case PARAMS -> {
                // a PlusCal keyword as a parameter ends the expressions it is used in: no name
                if (keyword != null) {
                    return false;
                }
                params.add(text);
                return true;
            }
            case BODY -> {
                if (params.contains(text)) {
                    return true;
                }
            }
            default -> {
            }
        }
        if (keyword != null && declaring(previous) && !endsDeclarations(keyword) && !startsStatement(keyword)) {
            variables.add(text);
            return true;
        }
        boolean statementStart = statementStart(previous);
        if (reserved && keyword == null) {
            return statementStart && macroNames.contains(text);
        }
        if (keyword == null || !variables.contains(text)) {
            return false;
        }
        // in an expression the translator's tokenizer ends the expression at the keyword: only the
        // left side of an assignment names the variable
        return !operand && statementStart && !startsStatement(keyword) && !(endsBlock(keyword) && (pSyntax
                || previous == TLAPlusLexer.RBRACE));
    }

    /**
     * Where a define block is: the translator reads its text as one TLA+ expression, up to the
     * {@code end} of {@code end define} (P-syntax) or the brace that closes it (C-syntax), so in it
     * the PlusCal keywords that end no expression ({@code algorithm}, {@code macro}, {@code await},
     * {@code when}) are names ({@code define { await == 1 }}).
     */
    private enum Define { OUTSIDE, P_BLOCK, C_BLOCK }

    private Define define = Define.OUTSIDE;
    private int defineBraces;

    /** The keywords at which the translator's tokenizer ends an expression: all but four. */
    private static boolean endsExpression(int keyword) {
        return keyword != TLAPlusLexer.PC_ALGORITHM && keyword != TLAPlusLexer.PC_MACRO && keyword != TLAPlusLexer.PC_AWAIT
                && keyword != TLAPlusLexer.PC_WHEN;
    }

    private void followDefine(int type) {
        if (type == TLAPlusLexer.PC_DEFINE && !defineIsAName(lastType) && define == Define.OUTSIDE) {
            define = Define.P_BLOCK; // C_BLOCK once its brace is seen
            defineBraces = 0;
        } else if (type == TLAPlusLexer.LBRACE && define != Define.OUTSIDE) {
            if (lastType == TLAPlusLexer.PC_DEFINE) {
                define = Define.C_BLOCK;
            }
            defineBraces++;
        } else if (type == TLAPlusLexer.RBRACE && define == Define.C_BLOCK && --defineBraces == 0
                || type == TLAPlusLexer.PC_END && define == Define.P_BLOCK) {
            define = Define.OUTSIDE;
        }
    }

    /**
     * Whether {@code define} after a token of this type is no define block: the {@code end} of
     * {@code end define}, or a name the translator reads there (of the algorithm, a procedure, a
     * process, a macro, a called procedure or a goto's label: {@code --algorithm define {}).
     */
    private static boolean defineIsAName(int previous) {
        return previous == TLAPlusLexer.PC_END || previous == TLAPlusLexer.PC_ALGORITHM || previous == TLAPlusLexer.PC_PROCEDURE
                || previous == TLAPlusLexer.PC_PROCESS || previous == TLAPlusLexer.PC_MACRO || previous == TLAPlusLexer.PC_CALL
                || previous == TLAPlusLexer.PC_GOTO;
    }

    /** Follows the structure (macro declarations, variable declarations, define blocks) on each token the parser gets. */
    void seen(TokenNode t) {
        int type = t.getType();
        followDefine(type);
        switch (type) {
            case TLAPlusLexer.PC_MACRO -> {
                if (macro == Macro.BODY && !cBody) { // end macro
                    macro = Macro.NONE;
                    params.clear();
                } else if (macro == Macro.NONE) {
                    macro = Macro.NAME;
                }
            }
            case TLAPlusLexer.LPAREN -> {
                if (macro == Macro.PARAMS_NEXT) {
                    macro = Macro.PARAMS;
                }
            }
            case TLAPlusLexer.RPAREN -> {
                if (macro == Macro.PARAMS) {
                    macro = Macro.BODY_NEXT;
                }
            }
            case TLAPlusLexer.LBRACE -> {
                if (macro == Macro.BODY_NEXT) {
                    macro = Macro.BODY;
                    cBody = true;
                    braces = 0;
                }
                if (macro == Macro.BODY && cBody) {
                    braces++;
                }
            }
            case TLAPlusLexer.RBRACE -> {
                if (macro == Macro.BODY && cBody && --braces == 0) {
                    macro = Macro.NONE;
                    params.clear();
                }
            }
            case TLAPlusLexer.PC_BEGIN -> {
                pSyntax = true;
                if (macro == Macro.BODY_NEXT) {
                    macro = Macro.BODY;
                    cBody = false;
                }
            }
            default -> {
            }
        }
        if ((type == TLAPlusLexer.PC_VARIABLE || type == TLAPlusLexer.PC_VARIABLES) && !namePosition(lastType)) {
            inDeclarations = true;
        } else if (type == TLAPlusLexer.PC_BEGIN || type == TLAPlusLexer.PC_DEFINE || type == TLAPlusLexer.PC_MACRO
                || type == TLAPlusLexer.PC_PROCEDURE || type == TLAPlusLexer.PC_PROCESS || type == TLAPlusLexer.PC_FAIR
                || type == TLAPlusLexer.LBRACE && previousWasSemi) {
            inDeclarations = false;
        }
        previousWasSemi = type == TLAPlusLexer.SEMI;
        lastType = type;
    }

    private int lastType;

    /**
     * Whether {@code variable(s)} after a token of this type is a name (of a procedure, a process, a
     * macro called at a statement's start ...), not the keyword that starts declarations.
     */
    private static boolean namePosition(int previous) {
        return previous == TLAPlusLexer.PC_PROCEDURE || previous == TLAPlusLexer.PC_CALL || previous == TLAPlusLexer.PC_PROCESS
                || previous == TLAPlusLexer.PC_MACRO || previous == TLAPlusLexer.PC_GOTO || previous == TLAPlusLexer.PC_ALGORITHM
                || previous == TLAPlusLexer.LPAREN || previous == TLAPlusLexer.PC_END || previous == TLAPlusLexer.PC_FAIR
                || previous == TLAPlusLexer.MINUSMINUS || previous == TLAPlusLexer.SEMI || previous == TLAPlusLexer.COLON
                || previous == TLAPlusLexer.PC_BEGIN || previous == TLAPlusLexer.PC_DO || previous == TLAPlusLexer.PC_THEN
                || previous == TLAPlusLexer.PC_ELSE || previous == TLAPlusLexer.PC_OR || previous == TLAPlusLexer.PC_EITHER;
    }

    private boolean previousWasSemi;

    private boolean declaring(int previous) {
        return inDeclarations && (previous == TLAPlusLexer.PC_VARIABLE || previous == TLAPlusLexer.PC_VARIABLES
                || previous == TLAPlusLexer.COMMA || previous == TLAPlusLexer.SEMI);
    }

    private static boolean endsDeclarations(int keyword) {
        return keyword == TLAPlusLexer.PC_BEGIN || keyword == TLAPlusLexer.PC_DEFINE || keyword == TLAPlusLexer.PC_MACRO
                || keyword == TLAPlusLexer.PC_PROCEDURE || keyword == TLAPlusLexer.PC_PROCESS || keyword == TLAPlusLexer.PC_FAIR;
    }

    private boolean statementStart(int previous) {
        return previous == TLAPlusLexer.SEMI || previous == TLAPlusLexer.LBRACE || previous == TLAPlusLexer.RBRACE && !pSyntax
                || previous == TLAPlusLexer.COLON || previous == TLAPlusLexer.PC_BEGIN || previous == TLAPlusLexer.PC_DO
                || previous == TLAPlusLexer.PC_THEN || previous == TLAPlusLexer.PC_ELSE || previous == TLAPlusLexer.PC_OR
                || previous == TLAPlusLexer.PC_EITHER;
    }

    private static boolean startsStatement(int keyword) {
        return keyword == TLAPlusLexer.PC_IF || keyword == TLAPlusLexer.PC_WHILE || keyword == TLAPlusLexer.PC_EITHER
                || keyword == TLAPlusLexer.PC_WITH || keyword == TLAPlusLexer.PC_AWAIT || keyword == TLAPlusLexer.PC_WHEN
                || keyword == TLAPlusLexer.PC_PRINT || keyword == TLAPlusLexer.PC_ASSERT || keyword == TLAPlusLexer.PC_SKIP
                || keyword == TLAPlusLexer.PC_CALL || keyword == TLAPlusLexer.PC_RETURN || keyword == TLAPlusLexer.PC_GOTO
                || keyword == TLAPlusLexer.PC_BEGIN || keyword == TLAPlusLexer.PC_MACRO
                || keyword == TLAPlusLexer.PC_PROCEDURE || keyword == TLAPlusLexer.PC_PROCESS
                || keyword == TLAPlusLexer.PC_DEFINE || keyword == TLAPlusLexer.PC_FAIR;
    }

    private static boolean endsBlock(int keyword) {
        return keyword == TLAPlusLexer.PC_OR || keyword == TLAPlusLexer.PC_ELSE || keyword == TLAPlusLexer.PC_ELSIF
                || keyword == TLAPlusLexer.PC_END;
    }
}
