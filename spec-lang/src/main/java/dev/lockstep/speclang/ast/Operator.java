package dev.lockstep.speclang.ast;

/**
 * The operators of TLA+ that have fixed syntax: the user-definable operator symbols with SANY's
 * precedence ranges and associativity (tla2sany's built-in operator table, which refines Table 6 of
 * Specifying Systems), plus the built-in constructs that apply to a list of arguments (set
 * enumeration, tuples, function application, IF, the action and fairness forms).
 *
 * <p>Two infix operators whose ranges overlap cannot be mixed without parentheses unless they are
 * the same left-associative operator; a higher range binds tighter.
 */
public enum Operator {
    // prefix
    NOT("~", Fixity.PREFIX, 4, 4, false),
    ALWAYS("[]", Fixity.PREFIX, 4, 15, false),
    EVENTUALLY("<>", Fixity.PREFIX, 4, 15, false),
    ENABLED("ENABLED", Fixity.PREFIX, 4, 15, false),
    UNCHANGED("UNCHANGED", Fixity.PREFIX, 4, 15, false),
    POWERSET("SUBSET", Fixity.PREFIX, 10, 13, false),
    BIG_UNION("UNION", Fixity.PREFIX, 10, 13, false),
    DOMAIN("DOMAIN", Fixity.PREFIX, 10, 13, false),
    NEGATE("-", Fixity.PREFIX, 12, 12, false),
    // postfix
    PRIME("'", Fixity.POSTFIX, 15, 15, false),
    TRANSITIVE_CLOSURE("^+", Fixity.POSTFIX, 15, 15, false),
    REFLEXIVE_CLOSURE("^*", Fixity.POSTFIX, 15, 15, false),
    CARET_HASH("^#", Fixity.POSTFIX, 15, 15, false),
    // infix
    AND("/\\", Fixity.INFIX, 3, 3, true),
    OR("\\/", Fixity.INFIX, 3, 3, true),
    IMPLIES("=>", Fixity.INFIX, 1, 1, false),
    EQUIV("<=>", Fixity.INFIX, 2, 2, false),
    LEADS_TO("~>", Fixity.INFIX, 2, 2, false),
    WHILE_PLUS("-+->", Fixity.INFIX, 2, 2, false),
    EQ("=", Fixity.INFIX, 5, 5, false),
    NEQ("#", Fixity.INFIX, 5, 5, false),
    LT("<", Fixity.INFIX, 5, 5, false),
    GT(">", Fixity.INFIX, 5, 5, false),
    LEQ("<=", Fixity.INFIX, 5, 5, false),
    GEQ(">=", Fixity.INFIX, 5, 5, false),
    IN("\\in", Fixity.INFIX, 5, 5, false),
    NOTIN("\\notin", Fixity.INFIX, 5, 5, false),
    SUBSETEQ("\\subseteq", Fixity.INFIX, 5, 5, false),
    SUBSET("\\subset", Fixity.INFIX, 5, 5, false),
    SUPSETEQ("\\supseteq", Fixity.INFIX, 5, 5, false),
    SUPSET("\\supset", Fixity.INFIX, 5, 5, false),
    SETMINUS("\\", Fixity.INFIX, 8, 8, false),
    CAP("\\cap", Fixity.INFIX, 8, 8, true),
    CUP("\\cup", Fixity.INFIX, 8, 8, true),
    PLUS("+", Fixity.INFIX, 10, 10, true),
    MINUS("-", Fixity.INFIX, 11, 11, true),
    TIMES("*", Fixity.INFIX, 13, 13, true),
    SLASH("/", Fixity.INFIX, 13, 13, false),
    POW("^", Fixity.INFIX, 14, 14, false),
    MOD("%", Fixity.INFIX, 10, 11, false),
    PERCENT_PERCENT("%%", Fixity.INFIX, 10, 11, true),
    DOTDOT("..", Fixity.INFIX, 9, 9, false),
    DOTDOTDOT("...", Fixity.INFIX, 9, 9, false),
    PLUS_PLUS("++", Fixity.INFIX, 10, 10, true),
    MINUS_MINUS("--", Fixity.INFIX, 11, 11, true),
    STAR_STAR("**", Fixity.INFIX, 13, 13, true),
    SLASH_SLASH("//", Fixity.INFIX, 13, 13, false),
    CARET_CARET("^^", Fixity.INFIX, 14, 14, false),
    AMP("&", Fixity.INFIX, 13, 13, true),
    AMP_AMP("&&", Fixity.INFIX, 13, 13, true),
    DOLLAR("$", Fixity.INFIX, 9, 13, true),
    DOLLAR_DOLLAR("$$", Fixity.INFIX, 9, 13, true),
    QUERY_QUERY("??", Fixity.INFIX, 9, 13, true),
    HASH_HASH("##", Fixity.INFIX, 9, 13, true),
    AT_AT("@@", Fixity.INFIX, 6, 6, true),
    BANG_BANG("!!", Fixity.INFIX, 9, 13, false),
    COLON_GT(":>", Fixity.INFIX, 7, 7, false),
    LT_COLON("<:", Fixity.INFIX, 7, 7, false),
    ASSIGN(":=", Fixity.INFIX, 5, 5, false),
    COLON_COLON_EQ("::=", Fixity.INFIX, 5, 5, false),
    BAR("|", Fixity.INFIX, 10, 11, true),
    BAR_BAR("||", Fixity.INFIX, 10, 11, true),
    TURNSTILE("|-", Fixity.INFIX, 5, 5, false),
    MODELS("|=", Fixity.INFIX, 5, 5, false),
    DASH_BAR("-|", Fixity.INFIX, 5, 5, false),
    EQ_BAR("=|", Fixity.INFIX, 5, 5, false),
    OPLUS("(+)", Fixity.INFIX, 10, 10, true),
    OMINUS("(-)", Fixity.INFIX, 11, 11, true),
    ODOT("(.)", Fixity.INFIX, 13, 13, true),
    OSLASH("(/)", Fixity.INFIX, 13, 13, false),
    OTIMES("(\\X)", Fixity.INFIX, 13, 13, true),
    APPROX("\\approx", Fixity.INFIX, 5, 5, false),
    ASYMP("\\asymp", Fixity.INFIX, 5, 5, false),
    BIGCIRC("\\bigcirc", Fixity.INFIX, 13, 13, true),
    BULLET("\\bullet", Fixity.INFIX, 13, 13, true),
    CDOT("\\cdot", Fixity.INFIX, 5, 14, true),
    CIRC("\\o", Fixity.INFIX, 13, 13, true),
    CONG("\\cong", Fixity.INFIX, 5, 5, false),
    DIV("\\div", Fixity.INFIX, 13, 13, false),
    DOTEQ("\\doteq", Fixity.INFIX, 5, 5, false),
    GG("\\gg", Fixity.INFIX, 5, 5, false),
    LL("\\ll", Fixity.INFIX, 5, 5, false),
    PREC("\\prec", Fixity.INFIX, 5, 5, false),
    PRECEQ("\\preceq", Fixity.INFIX, 5, 5, false),
    PROPTO("\\propto", Fixity.INFIX, 5, 5, false),
    SIM("\\sim", Fixity.INFIX, 5, 5, false),
    SIMEQ("\\simeq", Fixity.INFIX, 5, 5, false),
    SQCAP("\\sqcap", Fixity.INFIX, 9, 13, true),
    SQCUP("\\sqcup", Fixity.INFIX, 9, 13, true),
    SQSUBSET("\\sqsubset", Fixity.INFIX, 5, 5, false),
    SQSUPSET("\\sqsupset", Fixity.INFIX, 5, 5, false),
    SQSUBSETEQ("\\sqsubseteq", Fixity.INFIX, 5, 5, false),
    SQSUPSETEQ("\\sqsupseteq", Fixity.INFIX, 5, 5, false),
    STAR("\\star", Fixity.INFIX, 13, 13, true),
    SUCC("\\succ", Fixity.INFIX, 5, 5, false),
    SUCCEQ("\\succeq", Fixity.INFIX, 5, 5, false),
    UPLUS("\\uplus", Fixity.INFIX, 9, 13, true),
    WR("\\wr", Fixity.INFIX, 9, 14, false),
    /** Cartesian product {@code A \X B \X C}: one n-ary operator, not a nested binary one. */
    CARTESIAN("\\X", Fixity.INFIX, 10, 13, true),
    // built-in constructs (no precedence: they are bracketed or keyword-led)
    /** {@code {a, b, c}} */
    SET_ENUM("{}", Fixity.CONSTRUCT, 0, 0, false),
    /** {@code <<a, b>>} */
    TUPLE("<<>>", Fixity.CONSTRUCT, 0, 0, false),
    /** {@code f[a, b]}: first argument is the function */
    FUNCTION_APPLY("[]", Fixity.CONSTRUCT, 0, 0, false),
    /** {@code [S -> T]} */
    FUNCTION_SET("->", Fixity.CONSTRUCT, 0, 0, false),
    /** {@code IF c THEN a ELSE b} */
    IF_THEN_ELSE("IF", Fixity.CONSTRUCT, 0, 0, false),
    /** {@code [A]_v}: arguments A, v */
    BOX_ACTION("[]_", Fixity.CONSTRUCT, 0, 0, false),
    /** {@code <<A>>_v}: arguments A, v */
    ANGLE_ACTION("<<>>_", Fixity.CONSTRUCT, 0, 0, false),
    /** {@code WF_v(A)}: arguments v, A */
    WEAK_FAIRNESS("WF_", Fixity.CONSTRUCT, 0, 0, false),
    /** {@code SF_v(A)}: arguments v, A */
    STRONG_FAIRNESS("SF_", Fixity.CONSTRUCT, 0, 0, false),
    /** {@code @} inside an EXCEPT clause */
    AT("@", Fixity.CONSTRUCT, 0, 0, false);

    /** How an operator is written. */
    public enum Fixity { PREFIX, INFIX, POSTFIX, CONSTRUCT }

    private final String symbol;
    private final Fixity fixity;
    private final int low;
    private final int high;
    private final boolean leftAssociative;

    Operator(String symbol, Fixity fixity, int low, int high, boolean leftAssociative) {
        this.symbol = symbol;
        this.fixity = fixity;
        this.low = low;
        this.high = high;
        this.leftAssociative = leftAssociative;
    }

    /** The canonical ASCII spelling. */
    public String symbol() {
        return symbol;
    }

    public Fixity fixity() {
        return fixity;
    }

    /** Lower end of the precedence range (1 binds loosest, 15 tightest). */
    public int low() {
        return low;
    }

    /** Upper end of the precedence range. */
    public int high() {
        return high;
    }

    public boolean leftAssociative() {
        return leftAssociative;
    }

    /** Whether {@code this} and {@code other} have overlapping precedence ranges. */
    public boolean overlaps(Operator other) {
        return low <= other.high && other.low <= high;
    }
}
