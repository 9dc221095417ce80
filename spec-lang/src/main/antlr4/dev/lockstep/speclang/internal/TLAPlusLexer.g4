/*
 * Lexer for TLA+ 2 modules and PlusCal algorithms.
 *
 * The default mode skips text outside modules (before the first "---- MODULE" header and after the
 * last "===="). Column-sensitive junction lists and the WF_/SF_ prefixes are handled after lexing
 * by JunctionTokenSource, which also produces the virtual tokens declared below.
 * With `pluscal` set, ":=" and "||" get PlusCal token types (and JunctionTokenSource turns PlusCal's
 * lower-case reserved words into keyword tokens).
 */
lexer grammar TLAPlusLexer;

tokens {
    AND_START, AND_BULLET, OR_START, OR_BULLET, JUNCTION_END, WF, SF,
    PC_ALGORITHM, PC_BEGIN, PC_END, PC_VARIABLE, PC_VARIABLES, PC_DEFINE, PC_MACRO, PC_PROCEDURE,
    PC_PROCESS, PC_FAIR, PC_IF, PC_THEN, PC_ELSE, PC_ELSIF, PC_WHILE, PC_DO, PC_EITHER, PC_OR,
    PC_WITH, PC_AWAIT, PC_WHEN, PC_PRINT, PC_ASSERT, PC_SKIP, PC_CALL, PC_RETURN, PC_GOTO,
    PC_ASSIGN, PC_PAR
}

@members {
    /** When true, lower-case PlusCal keywords, ":=" and "||" are lexed as PlusCal tokens. */
    public boolean pluscal = false;
    private int moduleDepth = 0;
    private int lastType = -1;

    /** PlusCal's reserved words (applied to identifiers by JunctionTokenSource in PlusCal mode). */
    public static final java.util.Map<String, Integer> PLUSCAL_KEYWORDS = java.util.Map.ofEntries(
        java.util.Map.entry("algorithm", PC_ALGORITHM), java.util.Map.entry("begin", PC_BEGIN),
        java.util.Map.entry("end", PC_END), java.util.Map.entry("variable", PC_VARIABLE),
        java.util.Map.entry("variables", PC_VARIABLES), java.util.Map.entry("define", PC_DEFINE),
        java.util.Map.entry("macro", PC_MACRO), java.util.Map.entry("procedure", PC_PROCEDURE),
        java.util.Map.entry("process", PC_PROCESS), java.util.Map.entry("fair", PC_FAIR),
        java.util.Map.entry("if", PC_IF), java.util.Map.entry("then", PC_THEN),
        java.util.Map.entry("else", PC_ELSE), java.util.Map.entry("elsif", PC_ELSIF),
        java.util.Map.entry("while", PC_WHILE), java.util.Map.entry("do", PC_DO),
        java.util.Map.entry("either", PC_EITHER), java.util.Map.entry("or", PC_OR),
        java.util.Map.entry("with", PC_WITH), java.util.Map.entry("await", PC_AWAIT),
        java.util.Map.entry("when", PC_WHEN), java.util.Map.entry("print", PC_PRINT),
        java.util.Map.entry("assert", PC_ASSERT), java.util.Map.entry("skip", PC_SKIP),
        java.util.Map.entry("call", PC_CALL), java.util.Map.entry("return", PC_RETURN),
        java.util.Map.entry("goto", PC_GOTO));

    @Override
    public void emit(Token token) {
        super.emit(token);
        if (token.getChannel() == Token.DEFAULT_CHANNEL) {
            lastType = token.getType();
        }
    }

    private void enterModule() {
        moduleDepth++;
    }

    private void leaveModule() {
        if (moduleDepth > 0) {
            moduleDepth--;
        }
        if (moduleDepth == 0 && !pluscal) {
            mode(DEFAULT_MODE);
        }
    }

    /**
     * The text being lexed, when its code points are all single chars (no surrogate pairs); lets
     * block comments be skipped with a plain loop. Null means "use the char stream".
     */
    public String source;

    /** Whether the last block comment ran to the end of the input without its closing "*)". */
    public boolean unterminatedComment = false;
    /** 1-based line and 0-based column where that comment starts. */
    public int unterminatedLine;
    public int unterminatedColumn;

    /**
     * Consumes the rest of a block comment after its "(*", nested comments included, by hand:
     * much faster than a recursive non-greedy lexer rule on long comments.
     */
    private void skipNestedComment() {
        int depth = 1;
        int line = getLine();
        int col = getCharPositionInLine();
        if (source != null) {
            // fast path over the String (code point index == char index when there are no surrogates)
            int i = _input.index();
            int n = source.length();
            while (depth > 0 && i < n) {
                char c = source.charAt(i++);
                if (c == '\n') {
                    line++;
                    col = 0;
                    continue;
                }
                col++;
                if (c == '(' && i < n && source.charAt(i) == '*') {
                    i++;
                    col++;
                    depth++;
                } else if (c == '*' && i < n && source.charAt(i) == ')') {
                    i++;
                    col++;
                    depth--;
                }
            }
            if (depth > 0) {
                unterminatedComment = true;
                unterminatedLine = _tokenStartLine;
                unterminatedColumn = _tokenStartCharPositionInLine;
            }
            _input.seek(i);
            getInterpreter().setLine(line);
            getInterpreter().setCharPositionInLine(col);
            return;
        }
        while (depth > 0) {
            int c = _input.LA(1);
            if (c == IntStream.EOF) {
                unterminatedComment = true;
                unterminatedLine = _tokenStartLine;
                unterminatedColumn = _tokenStartCharPositionInLine;
                break;
            }
            _input.consume();
            if (c == '\n') {
                line++;
                col = 0;
                continue;
            }
            col++;
            if (c == '(' && _input.LA(1) == '*') {
                _input.consume();
                col++;
                depth++;
            } else if (c == '*' && _input.LA(1) == ')') {
                _input.consume();
                col++;
                depth--;
            }
        }
        getInterpreter().setLine(line);
        getInterpreter().setCharPositionInLine(col);
    }

    /**
     * Skips whitespace and {@code \\*} line comments by hand before each token inside a module:
     * they are most of the skipped text, and a plain loop is much cheaper than matching them as
     * lexer rules with a skip command (the WS and LINE_COMMENT rules remain for the char-stream
     * path). A block comment becomes its BLOCK_COMMENT token here too (PlusCal is found in them),
     * without the rule's action executor.
     */
    @Override
    public Token nextToken() {
        if (_mode == DEFAULT_MODE && source != null && !_hitEOF) {
            skipToHeader();
        } else if (_mode == TLA && source != null && !_hitEOF) {
            int i = _input.index();
            int n = source.length();
            int start = i;
            int line = getInterpreter().getLine();
            int col = getInterpreter().getCharPositionInLine();
            while (i < n) {
                char c = source.charAt(i);
                if (c == '\n') {
                    line++;
                    col = 0;
                    i++;
                } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B') {
                    col++;
                    i++;
                } else if (c == '\\' && i + 1 < n && source.charAt(i + 1) == '*') {
                    int e = i + 2;
                    while (e < n && source.charAt(e) != '\n' && source.charAt(e) != '\r') {
                        e++;
                    }
                    col += e - i;
                    i = e;
                } else {
                    break;
                }
            }
            if (i < n - 1 && source.charAt(i) == '(' && source.charAt(i + 1) == '*') {
                // a block comment: the BLOCK_COMMENT token, without running the rule's actions
                _tokenStartCharIndex = i;
                _tokenStartLine = line;
                _tokenStartCharPositionInLine = col;
                _input.seek(i + 2);
                getInterpreter().setLine(line);
                getInterpreter().setCharPositionInLine(col + 2);
                skipNestedComment();
                int end = _input.index();
                if (end >= n) {
                    _hitEOF = true;
                }
                return _factory.create(_tokenFactorySourcePair, BLOCK_COMMENT, null, HIDDEN, i, end - 1, line, col);
            }
            if (i != start) {
                _input.seek(i);
                getInterpreter().setLine(line);
                getInterpreter().setCharPositionInLine(col);
                if (i >= n) {
                    _hitEOF = true;
                }
            }
        }
        return super.nextToken();
    }

    /**
     * Outside modules, jumps to the next place where HEADER_START can match ("----" or four
     * U+2500, then more of the same, whitespace and "MODULE"), or to the end: the OUTSIDE rule
     * would skip the text one character at a time (a long preamble costs more than the module).
     */
    private void skipToHeader() {
        int i = _input.index();
        int n = source.length();
        int start = i;
        int line = getInterpreter().getLine();
        int col = getInterpreter().getCharPositionInLine();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '-' || c == '\u2500') {
                int e = i;
                while (e < n && source.charAt(e) == c) {
                    e++;
                }
                if (e - i >= 4) {
                    int m = e;
                    while (m < n && (source.charAt(m) == ' ' || source.charAt(m) == '\t' || source.charAt(m) == '\r'
                            || source.charAt(m) == '\n')) {
                        m++;
                    }
                    if (source.startsWith("MODULE", m)) {
                        break;
                    }
                }
                col += e - i;
                i = e;
            } else {
                if (c == '\n') {
                    line++;
                    col = 0;
                } else {
                    col++;
                }
                i++;
            }
        }
        if (i != start) {
            _input.seek(i);
            getInterpreter().setLine(line);
            getInterpreter().setCharPositionInLine(col);
            if (i >= n) {
                _hitEOF = true;
            }
        }
    }

    /** Starts lexing inside a module (used for PlusCal text and fragments). */
    public void startInModule() {
        moduleDepth = 1;
        mode(TLA);
    }
}

// ---------------------------------------------------------------- outside any module
HEADER_START : ('----' '-'* | '\u2500\u2500\u2500\u2500' '\u2500'*) [ \t\r\n]* 'MODULE' { enterModule(); } -> mode(TLA) ;
OUTSIDE : . -> skip ;

mode TLA;

WS : [ \t\r\n\f\u000B]+ -> skip ;
LINE_COMMENT : '\\*' ~[\r\n]* -> skip ;
BLOCK_COMMENT : '(*' { skipNestedComment(); } -> channel(HIDDEN) ;

SEPARATOR : '----' '-'* | '\u2500\u2500\u2500\u2500' '\u2500'* ;
MODULE_END : ('====' '='* | '\u2550\u2550\u2550\u2550' '\u2550'*) { leaveModule(); } ;

// keywords
ACTION : 'ACTION' ; ASSUME : 'ASSUME' ; ASSUMPTION : 'ASSUMPTION' ; AXIOM : 'AXIOM' ;
BOOLEAN : 'BOOLEAN' ; BY : 'BY' ; CASE : 'CASE' ; CHOOSE : 'CHOOSE' ;
CONSTANT : 'CONSTANT' ; CONSTANTS : 'CONSTANTS' ; COROLLARY : 'COROLLARY' ;
DEF : 'DEF' ; DEFINE : 'DEFINE' ; DEFS : 'DEFS' ; DOMAIN : 'DOMAIN' ; ELSE : 'ELSE' ;
ENABLED : 'ENABLED' ; EXCEPT : 'EXCEPT' ; EXTENDS : 'EXTENDS' ; FALSE : 'FALSE' ;
HAVE : 'HAVE' ; HIDE : 'HIDE' ; IF : 'IF' ; IN : 'IN' ; INSTANCE : 'INSTANCE' ;
LAMBDA : 'LAMBDA' ; LEMMA : 'LEMMA' ; LET : 'LET' ; LOCAL : 'LOCAL' ; MODULE : 'MODULE' { if (lastType == SEPARATOR) enterModule(); } ;
NEW : 'NEW' ; OBVIOUS : 'OBVIOUS' ; OMITTED : 'OMITTED' ; ONLY : 'ONLY' ; OTHER : 'OTHER' ;
PICK : 'PICK' ; PROOF : 'PROOF' ; PROPOSITION : 'PROPOSITION' ; PROVE : 'PROVE' ; QED : 'QED' ;
RECURSIVE : 'RECURSIVE' ; STATE : 'STATE' ; STRING_SET : 'STRING' ; SUBSET : 'SUBSET' ;
SUFFICES : 'SUFFICES' ; TAKE : 'TAKE' ; TEMPORAL : 'TEMPORAL' ; THEN : 'THEN' ; THEOREM : 'THEOREM' ;
TRUE : 'TRUE' ; UNCHANGED : 'UNCHANGED' ; UNION : 'UNION' ; USE : 'USE' ; VARIABLE : 'VARIABLE' ;
VARIABLES : 'VARIABLES' ; WITH : 'WITH' ; WITNESS : 'WITNESS' ;

// quantifiers
FORALL : '\\A' | '\\forall' | '\u2200' ;
EXISTS : '\\E' | '\\exists' | '\u2203' ;
TFORALL : '\\AA' | '\u2200\u2200' ;
TEXISTS : '\\EE' | '\u2203\u2203' ;

// literals
DECIMAL : [0-9]+ '.' [0-9]+ ;
NUMBER : [0-9]+ ;
BINARY : '\\' [bB] [01]+ ;
OCTAL : '\\' [oO] [0-7]+ ;
HEX : '\\' [hH] [0-9a-fA-F]+ ;
STRING : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* '"' ;

// SANY's lexer reads '<' digits '>' as a step label wherever it stands: 1<2>3 is an error at '<2>3'.
// Only a step's name (<2>3, <*>a: SANY's ProofStepLexeme and ProofImplicitStepLexeme) is also an
// expression; a bare level (<2>), a name with dots (<2>3.) or <2>* only starts a step
STEP_NAME : '<' ([0-9]+ | '*' | '+') '>' [a-zA-Z0-9_]+ ;
STEP_LABEL : '<' ([0-9]+ | '*' | '+') '>' ([a-zA-Z0-9_]* | '*') '.'* ;

IDENT : [a-zA-Z0-9_]* [a-zA-Z] [a-zA-Z0-9_]* ;

// punctuation
DEFEQ : '==' | '\u225C' ;
LPAREN : '(' ; RPAREN : ')' ;
LBRACKET : '[' ; RBRACKET : ']' ; RBRACKET_UNDERSCORE : ']_' ;
LBRACE : '{' ; RBRACE : '}' ;
LTUPLE : '<<' | '\u27E8' ; RTUPLE : '>>' | '\u27E9' ; RTUPLE_UNDERSCORE : '>>_' | '\u27E9_' ;
COMMA : ',' ; COLONCOLON : '::' | '\u2237' ; COLON : ':' ; SEMI : ';' ;
MAPSTO : '|->' | '\u21A6' ; ARROW : '->' | '\u2192' ; SUBST : '<-' | '\u2190' ;
BANG : '!' ; AT : '@' ; UNDERSCORE : '_' ; DOT : '.' ;
PRIME : '\'' | '\u2032' ;
BOX : '[]' | '\u25A1' ; DIAMOND : '<>' | '\u25C7' | '\u22C4' ;

// prefix-only operators
NOT : '~' | '\\lnot' | '\\neg' | '\u00AC' ;
PREFIX_MINUS : '-.' ;

// postfix operators
CARET_PLUS : '^+' | '\u207A' ; CARET_STAR : '^*' ; CARET_HASH : '^#' ;

// infix operators
AND : '/\\' | '\\land' | '\u2227' ;
OR : '\\/' | '\\lor' | '\u2228' ;
IMPLIES : '=>' | '\u21D2' ;
EQUIV : '<=>' | '\\equiv' | '\u2261' | '\u21D4' ;
LEADSTO : '~>' | '\u219D' ;
PLUSARROW : '-+->' | '\u2945' | '\u21F8' ;
EQ : '=' ;
NEQ : '#' | '/=' | '\u2260' ;
LT : '<' ; GT : '>' ;
LEQ : '<=' | '=<' | '\\leq' | '\u2264' ;
GEQ : '>=' | '\\geq' | '\u2265' ;
IN_OP : '\\in' | '\u2208' ;
NOTIN : '\\notin' | '\u2209' ;
SUBSETEQ : '\\subseteq' | '\u2286' ;
SUBSET_OP : '\\subset' | '\u2282' ;
SUPSETEQ : '\\supseteq' | '\u2287' ;
SUPSET : '\\supset' | '\u2283' ;
SETMINUS : '\\' | '\u2216' ;
CAP : '\\cap' | '\\intersect' | '\u2229' ;
CUP : '\\cup' | '\\union' | '\u222A' ;
TIMES : '\\X' | '\\times' | '\u00D7' ;
PLUS : '+' ; MINUS : '-' ; STAR : '*' ; SLASH : '/' ; CARET : '^' ;
PERCENT : '%' | '\\mod' ; PERCENTPERCENT : '%%' ;
DOTDOT : '..' | '\u2025' ; DOTDOTDOT : '...' | '\u2026' ;
PLUSPLUS : '++' ; MINUSMINUS : '--' ; STARSTAR : '**' ; SLASHSLASH : '//' ; CARETCARET : '^^' ;
AMP : '&' ; AMPAMP : '&&' ; DOLLAR : '$' ; DOLLARDOLLAR : '$$' ; QQ : '??' | '\u2047' ; HASHHASH : '##' ;
ATAT : '@@' ; BANGBANG : '!!' | '\u203C' ; COLONGT : ':>' ; LTCOLON : '<:' ;
ASSIGN : (':=' | '\u2254') { if (pluscal) setType(PC_ASSIGN); } ;
COLONCOLONEQ : '::=' | '\u2A74' ;
BAR : '|' ; BARBAR : ('||' | '\u2016') { if (pluscal) setType(PC_PAR); } ;
TURNSTILE : '|-' | '\u22A2' ; MODELS : '|=' | '\u22A8' ; DASHBAR : '-|' | '\u22A3' ; EQBAR : '=|' | '\u2AE4' ;
OPLUS : '(+)' | '\\oplus' | '\u2295' ; OMINUS : '(-)' | '\\ominus' | '\u2296' ;
ODOT : '(.)' | '\\odot' | '\u2299' ; OSLASH : '(/)' | '\\oslash' | '\u2298' ; OTIMES : '(\\X)' | '\\otimes' | '\u2297' ;
APPROX : '\\approx' | '\u2248' ; ASYMP : '\\asymp' | '\u224D' ; BIGCIRC : '\\bigcirc' | '\u25EF' ;
BULLET : '\\bullet' | '\u2022' | '\u25CF' ; CDOT : '\\cdot' | '\u22C5' ; CIRC : '\\o' | '\\circ' | '\u2218' ;
CONG : '\\cong' | '\u2245' ; DIV : '\\div' | '\u00F7' ; DOTEQ : '\\doteq' | '\u2250' ;
GG : '\\gg' | '\u226B' ; LL : '\\ll' | '\u226A' ; PREC : '\\prec' | '\u227A' ; PRECEQ : '\\preceq' | '\u2AAF' ;
PROPTO : '\\propto' | '\u221D' ; SIM : '\\sim' | '\u223C' ; SIMEQ : '\\simeq' | '\u2243' ;
SQCAP : '\\sqcap' | '\u2293' ; SQCUP : '\\sqcup' | '\u2294' ; SQSUBSET : '\\sqsubset' | '\u228F' ;
SQSUPSET : '\\sqsupset' | '\u2290' ; SQSUBSETEQ : '\\sqsubseteq' | '\u2291' ; SQSUPSETEQ : '\\sqsupseteq' | '\u2292' ;
STAR_OP : '\\star' | '\u22C6' ; SUCC : '\\succ' | '\u227B' ; SUCCEQ : '\\succeq' | '\u2AB0' ;
UPLUS : '\\uplus' | '\u228E' ; WR : '\\wr' | '\u2240' ;

UNKNOWN_BACKSLASH : '\\' [a-zA-Z]+ ;
ERROR_CHAR : . ;
