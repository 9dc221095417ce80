package dev.lockstep.speclang.internal;

import static dev.lockstep.speclang.internal.TLAPlusLexer.*;

import dev.lockstep.speclang.ast.Operator;

/** Token types to {@link Operator}s; synonyms ({@code \leq}, {@code <=}, {@code =<}) share a token. */
public final class Symbols {
    private Symbols() {
    }

    /** The prefix operator of a token in prefix position, or null. */
    public static Operator prefix(int type) {
        return switch (type) {
            case NOT -> Operator.NOT;
            case BOX -> Operator.ALWAYS;
            case DIAMOND -> Operator.EVENTUALLY;
            case ENABLED -> Operator.ENABLED;
            case UNCHANGED -> Operator.UNCHANGED;
            case TLAPlusLexer.SUBSET -> Operator.POWERSET;
            case UNION -> Operator.BIG_UNION;
            case DOMAIN -> Operator.DOMAIN;
            case MINUS, PREFIX_MINUS -> Operator.NEGATE;
            default -> null;
        };
    }

    /** Like {@link #prefix} for the symbol of a prefix operator declaration ({@code -.} for minus). */
    public static Operator prefixSymbol(int type) {
        return type == MINUS ? null : prefix(type);
    }

    /** The postfix operator of a token, or null. */
    public static Operator postfix(int type) {
        return switch (type) {
            case PRIME -> Operator.PRIME;
            case CARET_PLUS -> Operator.TRANSITIVE_CLOSURE;
            case CARET_STAR -> Operator.REFLEXIVE_CLOSURE;
            case CARET_HASH -> Operator.CARET_HASH;
            default -> null;
        };
    }

    /** The infix operator of a token, or null. */
    public static Operator infix(int type) {
        return switch (type) {
            case AND -> Operator.AND;
            case OR -> Operator.OR;
            case IMPLIES -> Operator.IMPLIES;
            case EQUIV -> Operator.EQUIV;
            case LEADSTO -> Operator.LEADS_TO;
            case PLUSARROW -> Operator.WHILE_PLUS;
            case EQ -> Operator.EQ;
            case NEQ -> Operator.NEQ;
            case LT -> Operator.LT;
            case GT -> Operator.GT;
            case LEQ -> Operator.LEQ;
            case GEQ -> Operator.GEQ;
            case IN_OP -> Operator.IN;
            case NOTIN -> Operator.NOTIN;
            case SUBSETEQ -> Operator.SUBSETEQ;
            case SUBSET_OP -> Operator.SUBSET;
            case SUPSETEQ -> Operator.SUPSETEQ;
            case SUPSET -> Operator.SUPSET;
            case SETMINUS -> Operator.SETMINUS;
            case CAP -> Operator.CAP;
            case CUP -> Operator.CUP;
            case TIMES -> Operator.CARTESIAN;
            case PLUS -> Operator.PLUS;
            case MINUS -> Operator.MINUS;
            case STAR -> Operator.TIMES;
            case SLASH -> Operator.SLASH;
            case CARET -> Operator.POW;
            case PERCENT -> Operator.MOD;
            case PERCENTPERCENT -> Operator.PERCENT_PERCENT;
            case DOTDOT -> Operator.DOTDOT;
            case DOTDOTDOT -> Operator.DOTDOTDOT;
            case PLUSPLUS -> Operator.PLUS_PLUS;
            case MINUSMINUS -> Operator.MINUS_MINUS;
            case STARSTAR -> Operator.STAR_STAR;
            case SLASHSLASH -> Operator.SLASH_SLASH;
            case CARETCARET -> Operator.CARET_CARET;
            case AMP -> Operator.AMP;
            case AMPAMP -> Operator.AMP_AMP;
            case DOLLAR -> Operator.DOLLAR;
            case DOLLARDOLLAR -> Operator.DOLLAR_DOLLAR;
            case QQ -> Operator.QUERY_QUERY;
            case HASHHASH -> Operator.HASH_HASH;
            case ATAT -> Operator.AT_AT;
            case BANGBANG -> Operator.BANG_BANG;
            case COLONGT -> Operator.COLON_GT;
            case LTCOLON -> Operator.LT_COLON;
            case ASSIGN -> Operator.ASSIGN;
            case COLONCOLONEQ -> Operator.COLON_COLON_EQ;
            case BAR -> Operator.BAR;
            case BARBAR -> Operator.BAR_BAR;
            case TURNSTILE -> Operator.TURNSTILE;
            case MODELS -> Operator.MODELS;
            case DASHBAR -> Operator.DASH_BAR;
            case EQBAR -> Operator.EQ_BAR;
            case OPLUS -> Operator.OPLUS;
            case OMINUS -> Operator.OMINUS;
            case ODOT -> Operator.ODOT;
            case OSLASH -> Operator.OSLASH;
            case OTIMES -> Operator.OTIMES;
            case APPROX -> Operator.APPROX;
            case ASYMP -> Operator.ASYMP;
            case BIGCIRC -> Operator.BIGCIRC;
            case BULLET -> Operator.BULLET;
            case CDOT -> Operator.CDOT;
            case CIRC -> Operator.CIRC;
            case CONG -> Operator.CONG;
            case DIV -> Operator.DIV;
            case DOTEQ -> Operator.DOTEQ;
            case GG -> Operator.GG;
            case LL -> Operator.LL;
            case PREC -> Operator.PREC;
            case PRECEQ -> Operator.PRECEQ;
            case PROPTO -> Operator.PROPTO;
            case SIM -> Operator.SIM;
            case SIMEQ -> Operator.SIMEQ;
            case SQCAP -> Operator.SQCAP;
            case SQCUP -> Operator.SQCUP;
            case SQSUBSET -> Operator.SQSUBSET;
            case SQSUPSET -> Operator.SQSUPSET;
            case SQSUBSETEQ -> Operator.SQSUBSETEQ;
            case SQSUPSETEQ -> Operator.SQSUPSETEQ;
            case STAR_OP -> Operator.STAR;
            case SUCC -> Operator.SUCC;
            case SUCCEQ -> Operator.SUCCEQ;
            case UPLUS -> Operator.UPLUS;
            case WR -> Operator.WR;
            default -> null;
        };
    }
}
