/*
 * Parser for TLA+ 2 modules and PlusCal algorithms.
 *
 * Expressions are parsed flat (operands separated by infix operators); AstBuilder applies SANY's
 * precedence ranges and reports conflicts, as SANY does. Proof steps are parsed flat and nested by
 * their levels in AstBuilder. Junction lists arrive as AND_START/OR_START ... JUNCTION_END from
 * JunctionTokenSource.
 */
parser grammar TLAPlusParser;

options { tokenVocab = TLAPlusLexer; contextSuperClass = CompactRuleContext; }

@members {
    /** Tokens from the lexer are TokenNodes: they go into the tree as they are. */
    @Override
    public TerminalNode createTerminalNode(ParserRuleContext parent, Token t) {
        if (t instanceof TokenNode node) {
            node.setParent(parent);
            return node;
        }
        return super.createTerminalNode(parent, t);
    }
}

// ---------------------------------------------------------------- modules
file : module+ EOF ;

module : moduleHeader extendsClause? unit* MODULE_END ;

moduleHeader : (HEADER_START | SEPARATOR MODULE) name=IDENT SEPARATOR ;

extendsClause : EXTENDS IDENT (COMMA IDENT)* ;

unit
    : variableDecl
    | constantDecl
    | recursiveDecl
    | useOrHide
    | LOCAL? instance
    | LOCAL? moduleDef
    | LOCAL? functionDef
    | LOCAL? operatorDef
    | assumption
    | theorem
    | module
    | SEPARATOR
    ;

variableDecl : (VARIABLE | VARIABLES) definedName (COMMA definedName)* ;
constantDecl : (CONSTANT | CONSTANTS) opDecl (COMMA opDecl)* ;
recursiveDecl : RECURSIVE opDecl (COMMA opDecl)* ;

opDecl
    : definedName LPAREN UNDERSCORE (COMMA UNDERSCORE)* RPAREN   # nonfixDecl
    | definedName                                               # identDecl
    | prefixSymbol UNDERSCORE                             # prefixDecl
    | UNDERSCORE infixSymbol UNDERSCORE                   # infixDecl
    | UNDERSCORE postfixSymbol                            # postfixDecl
    ;

operatorDef
    : definedName (LPAREN opDecl (COMMA opDecl)* RPAREN)? DEFEQ expr   # nonfixDef
    | prefixSymbol IDENT DEFEQ expr                               # prefixDef
    | IDENT infixSymbol IDENT DEFEQ expr                          # infixDef
    | IDENT postfixSymbol DEFEQ expr                              # postfixDef
    ;

functionDef : definedName LBRACKET quantBound (COMMA quantBound)* RBRACKET DEFEQ expr ;

// SANY's lexer reads TRUE, FALSE, BOOLEAN and STRING as names: defining, declaring or binding one
// (a CONSTANT, VARIABLE, parameter, bound name, NEW, PICK or TAKE) is a semantic error (the
// resolver's LS202, as SANY's "Multiply-defined symbol"), so a syntax error after it is found first
definedName : IDENT | TRUE | FALSE | BOOLEAN | STRING_SET ;

instance : INSTANCE IDENT (WITH substitution (COMMA substitution)*)? ;
substitution : (IDENT | anySymbol) SUBST argument ;
moduleDef : definedName (LPAREN opDecl (COMMA opDecl)* RPAREN)? DEFEQ instance ;

assumption : (ASSUME | ASSUMPTION | AXIOM) (IDENT DEFEQ)? expr ;

theorem : (THEOREM | LEMMA | PROPOSITION | COROLLARY) (IDENT DEFEQ)? (assumeProve | expr) proof? ;

assumeProve : ASSUME assumeItem (COMMA assumeItem)* PROVE expr ;
assumeItem : newSymbol | (IDENT DEFEQ)? assumeProve | expr ;
newSymbol
    : NEW (CONSTANT | VARIABLE | STATE | ACTION | TEMPORAL)? definedName IN_OP expr
    | NEW (CONSTANT | VARIABLE | STATE | ACTION | TEMPORAL)? opDecl
    | (CONSTANT | VARIABLE | STATE | ACTION | TEMPORAL) opDecl
    ;

// SANY's grammar takes BY, USE and HIDE with nothing after them (ONLY aside) and rejects them in its
// semantic pass ("Empty BY", "Empty USE or HIDE statement."); a DEF needs a name after it
useOrHide : (USE | HIDE) useBody? ;
useBody
    : ONLY? useFact (COMMA useFact)* ((DEF | DEFS) useDef (COMMA useDef)*)?
    | ONLY? (DEF | DEFS) useDef (COMMA useDef)*
    | ONLY
    ;
useFact : MODULE IDENT | expr ;
useDef : MODULE IDENT | IDENT | anySymbol ;

// ---------------------------------------------------------------- proofs
proof : terminalProof | (PROOF? proofStep)+ ;
terminalProof : PROOF? (BY useBody? | OBVIOUS | OMITTED) ;
proofStep : label=(STEP_LABEL | STEP_NAME) stepBody terminalProof? ;
stepBody
    : QED                                                         # qedStep
    | CASE expr                                                   # caseStep
    | PICK quantBound (COMMA quantBound)* COLON expr              # pickStep
    | PICK definedName (COMMA definedName)* COLON expr            # pickStep
    | HAVE expr                                                   # haveStep
    | TAKE quantBound (COMMA quantBound)*                         # takeStep
    | TAKE definedName (COMMA definedName)*                       # takeStep
    | WITNESS expr (COMMA expr)*                                  # witnessStep
    | (USE | HIDE) useBody?                                       # useStep
    | DEFINE? (functionDef | operatorDef | moduleDef)+            # defineStep
    | instance                                                    # instanceStep
    | SUFFICES? (assumeProve | expr)                              # assertStep
    ;

// ---------------------------------------------------------------- expressions
// operands (prefixOp* primary postfixOp*) are written out here rather than as a rule of their own:
// one parse-tree node less per operand, and most operands are a plain name
expr : prefixOp* primary postfixOp* (infixOp prefixOp* primary postfixOp*)* ;

prefixOp : NOT | BOX | DIAMOND | ENABLED | UNCHANGED | SUBSET | UNION | DOMAIN | MINUS ;

postfixOp
    : (PRIME | CARET_PLUS | CARET_STAR | CARET_HASH)   # postfixSymbolOp
    | LBRACKET expr (COMMA expr)* RBRACKET            # applyOp
    | DOT fieldName                                   # fieldOp
    | bracketForm                                     # bracketAfterOperand
    ;

// the other forms of SANY's SBracketCases, which it reads after an operand as it reads a function's
// arguments; it rejects the juxtaposition once the form is complete
bracketForm
    : LBRACKET quantBound (COMMA quantBound)* MAPSTO expr RBRACKET
    | LBRACKET expr ARROW expr RBRACKET
    | LBRACKET fieldName MAPSTO expr (COMMA fieldName MAPSTO expr)* RBRACKET
    | LBRACKET fieldName COLON expr (COMMA fieldName COLON expr)* RBRACKET
    | LBRACKET expr EXCEPT exceptClause (COMMA exceptClause)* RBRACKET
    | LBRACKET expr RBRACKET_UNDERSCORE subscript
    ;

infixOp
    : AND | OR | IMPLIES | EQUIV | LEADSTO | PLUSARROW | EQ | NEQ | LT | GT | LEQ | GEQ | IN_OP | NOTIN
    | SUBSETEQ | SUBSET_OP | SUPSETEQ | SUPSET | SETMINUS | CAP | CUP | TIMES | PLUS | MINUS | STAR
    | SLASH | CARET | PERCENT | PERCENTPERCENT | DOTDOT | DOTDOTDOT | PLUSPLUS | MINUSMINUS | STARSTAR
    | SLASHSLASH | CARETCARET | AMP | AMPAMP | DOLLAR | DOLLARDOLLAR | QQ | HASHHASH | ATAT | BANGBANG
    | COLONGT | LTCOLON | ASSIGN | COLONCOLONEQ | BAR | BARBAR | TURNSTILE | MODELS | DASHBAR | EQBAR
    | OPLUS | OMINUS | ODOT | OSLASH | OTIMES | APPROX | ASYMP | BIGCIRC | BULLET | CDOT | CIRC | CONG
    | DIV | DOTEQ | GG | LL | PREC | PRECEQ | PROPTO | SIM | SIMEQ | SQCAP | SQCUP | SQSUBSET
    | SQSUPSET | SQSUBSETEQ | SQSUPSETEQ | STAR_OP | SUCC | SUCCEQ | UPLUS | WR
    ;

infixSymbol : infixOp ;
prefixSymbol : NOT | BOX | DIAMOND | ENABLED | UNCHANGED | SUBSET | UNION | DOMAIN | PREFIX_MINUS ;
postfixSymbol : PRIME | CARET_PLUS | CARET_STAR | CARET_HASH ;
anySymbol : infixSymbol | prefixSymbol | postfixSymbol ;

primary
    : IDENT (LPAREN IDENT (COMMA IDENT)* RPAREN)? COLONCOLON expr                  # labelExpr
    | IDENT (LPAREN argument (COMMA argument)* RPAREN)? (BANG selector)*           # nameExpr
    // SANY's lexer reads TRUE, FALSE, BOOLEAN and STRING as names: applied, they parse (its semantic
    // pass: "The operator TRUE requires 0 arguments")
    | (TRUE | FALSE | BOOLEAN | STRING_SET) LPAREN argument (COMMA argument)* RPAREN # builtInApplied
    | (NUMBER | DECIMAL | BINARY | OCTAL | HEX | STRING | TRUE | FALSE | BOOLEAN | STRING_SET) # literal
    | AT                                                                            # atExpr
    | STEP_NAME                                                                     # stepRef
    | LPAREN expr RPAREN                                                            # parenExpr
    | (FORALL | EXISTS) quantBound (COMMA quantBound)* COLON expr                   # boundedQuant
    | (FORALL | EXISTS | TFORALL | TEXISTS) definedName (COMMA definedName)* COLON expr # unboundedQuant
    | CHOOSE quantBound COLON expr                                                  # chooseExpr
    | CHOOSE (definedName | tupleOfIdents) COLON expr                               # chooseExpr
    | LBRACE RBRACE                                                                 # setEnum
    | LBRACE quantBound COLON expr RBRACE                                           # setFilter
    | LBRACE expr COLON quantBound (COMMA quantBound)* RBRACE                       # setMap
    | LBRACE expr (COMMA expr)* RBRACE                                              # setEnum
    | LBRACKET quantBound (COMMA quantBound)* MAPSTO expr RBRACKET                  # functionExpr
    | LBRACKET expr ARROW expr RBRACKET                                             # functionSet
    | LBRACKET fieldName MAPSTO expr (COMMA fieldName MAPSTO expr)* RBRACKET        # recordExpr
    | LBRACKET fieldName COLON expr (COMMA fieldName COLON expr)* RBRACKET          # recordSet
    | LBRACKET expr EXCEPT exceptClause (COMMA exceptClause)* RBRACKET              # exceptExpr
    | LBRACKET expr RBRACKET_UNDERSCORE subscript                                   # boxAction
    | LBRACKET expr (COMMA expr)* RBRACKET                                          # bareBracket
    | LTUPLE expr RTUPLE_UNDERSCORE subscript                                       # angleAction
    | LTUPLE (expr (COMMA expr)*)? RTUPLE                                           # tupleExpr
    | (WF | SF) subscript LPAREN expr RPAREN                                        # fairness
    | IF expr THEN expr ELSE expr                                                   # ifExpr
    | CASE caseArm (BOX caseArm)* (BOX OTHER ARROW expr)?                           # caseExpr
    | LET letDef+ IN expr                                                           # letExpr
    | AND_START expr (AND_BULLET expr)* JUNCTION_END                                # andList
    | OR_START expr (OR_BULLET expr)* JUNCTION_END                                  # orList
    | LAMBDA definedName (COMMA definedName)* COLON expr                            # lambdaExpr
    | symbolOperand (LPAREN argument (COMMA argument)* RPAREN)?                     # symbolExpr
    ;

// SANY's PrimitiveExp: an infix or postfix operator symbol where an operand stands (its semantic
// analysis rejects it there); '-' in that place is always the prefix minus (infixOp without MINUS)
symbolOperand
    : AND | OR | IMPLIES | EQUIV | LEADSTO | PLUSARROW | EQ | NEQ | LT | GT | LEQ | GEQ | IN_OP | NOTIN
    | SUBSETEQ | SUBSET_OP | SUPSETEQ | SUPSET | SETMINUS | CAP | CUP | TIMES | PLUS | STAR
    | SLASH | CARET | PERCENT | PERCENTPERCENT | DOTDOT | DOTDOTDOT | PLUSPLUS | MINUSMINUS | STARSTAR
    | SLASHSLASH | CARETCARET | AMP | AMPAMP | DOLLAR | DOLLARDOLLAR | QQ | HASHHASH | ATAT | BANGBANG
    | COLONGT | LTCOLON | ASSIGN | COLONCOLONEQ | BAR | BARBAR | TURNSTILE | MODELS | DASHBAR | EQBAR
    | OPLUS | OMINUS | ODOT | OSLASH | OTIMES | APPROX | ASYMP | BIGCIRC | BULLET | CDOT | CIRC | CONG
    | DIV | DOTEQ | GG | LL | PREC | PRECEQ | PROPTO | SIM | SIMEQ | SQCAP | SQCUP | SQSUBSET
    | SQSUPSET | SQSUBSETEQ | SQSUPSETEQ | STAR_OP | SUCC | SUCCEQ | UPLUS | WR
    | postfixSymbol
    ;

argument : anySymbol | expr ;
// SANY's selectors: a name or operator symbol with its arguments, !(args) (its NullSel: the
// arguments of what the prefix names), !n, !<<, !>>, !: and !@; only a name may start the chain, so
// a parenthesised expression takes no selector (SANY fails at the '!')
selector : (IDENT | anySymbol) (LPAREN argument (COMMA argument)* RPAREN)? | LPAREN argument (COMMA argument)* RPAREN
    | NUMBER | LTUPLE | RTUPLE | COLON | AT ;
subscript : IDENT (BANG selector)* | LTUPLE expr (COMMA expr)* RTUPLE | LPAREN expr RPAREN ;
tupleOfIdents : LTUPLE definedName (COMMA definedName)* RTUPLE ;
quantBound : (definedName (COMMA definedName)* | tupleOfIdents) IN_OP expr ;
caseArm : expr ARROW expr ;
letDef : RECURSIVE opDecl (COMMA opDecl)* | functionDef | moduleDef | operatorDef ;
exceptClause : BANG exceptPath+ EQ expr ;
exceptPath : DOT fieldName | LBRACKET expr (COMMA expr)* RBRACKET ;

fieldName
    : IDENT | ACTION | ASSUME | ASSUMPTION | AXIOM | BOOLEAN | BY | CASE | CHOOSE | CONSTANT | CONSTANTS
    | COROLLARY | DEF | DEFINE | DEFS | DOMAIN | ELSE | ENABLED | EXCEPT | EXTENDS | FALSE | HAVE | HIDE
    | IF | IN | INSTANCE | LAMBDA | LEMMA | LET | LOCAL | MODULE | NEW | OBVIOUS | OMITTED | ONLY | OTHER
    | PICK | PROOF | PROPOSITION | PROVE | QED | RECURSIVE | STATE | STRING_SET | SUBSET | SUFFICES | TAKE
    | TEMPORAL | THEN | THEOREM | TRUE | UNCHANGED | UNION | USE | VARIABLE | VARIABLES | WITH | WITNESS
    ;

// ---------------------------------------------------------------- PlusCal
algorithm : MINUSMINUS PC_FAIR? PC_ALGORITHM algorithmName (pAlgorithm | cAlgorithm) EOF ;
// the translation never uses the algorithm's name: the translator takes any word there
algorithmName : fieldName | pcKeyword ;
// where the translator reads a procedure's or process's name, any PlusCal keyword is one
pcName : IDENT | pcKeyword ;
pcKeyword
    : PC_ALGORITHM | PC_BEGIN | PC_END | PC_VARIABLE | PC_VARIABLES | PC_DEFINE | PC_MACRO | PC_PROCEDURE | PC_PROCESS
    | PC_FAIR | PC_IF | PC_THEN | PC_ELSE | PC_ELSIF | PC_WHILE | PC_DO | PC_EITHER | PC_OR | PC_WITH | PC_AWAIT
    | PC_WHEN | PC_PRINT | PC_ASSERT | PC_SKIP | PC_CALL | PC_RETURN | PC_GOTO
    ;
// a macro call is a statement that starts with a name and '(': a word that starts no statement
pcMacroName
    : IDENT | PC_ALGORITHM | PC_BEGIN | PC_END | PC_VARIABLE | PC_VARIABLES | PC_DEFINE | PC_MACRO | PC_PROCEDURE
    | PC_PROCESS | PC_FAIR | PC_THEN | PC_ELSE | PC_ELSIF | PC_DO | PC_OR
    ;

pcVarDecls : (PC_VARIABLE | PC_VARIABLES) pcVarDecl ((COMMA | SEMI) pcVarDecl)* (COMMA | SEMI)? ;
pcVarDecl : IDENT ((EQ | IN_OP) expr)? ;
pcDefs : (functionDef | operatorDef | RECURSIVE opDecl (COMMA opDecl)*)* ;
pcParams : LPAREN (pcVarDecl (COMMA pcVarDecl)*)? RPAREN ;
pcProcessHead : PC_FAIR PLUS? PC_PROCESS | PC_PROCESS ;
pcLabel : pcLabelName COLON (PLUS | MINUS)? ;
// the translator reads any word followed by ':' at a statement's start as a label, except the
// words that start a statement or end a block
pcLabelName : IDENT | PC_ALGORITHM | PC_BEGIN | PC_DEFINE | PC_DO | PC_FAIR | PC_MACRO | PC_PROCEDURE | PC_PROCESS
            | PC_THEN | PC_VARIABLE | PC_VARIABLES ;
pcLhs : IDENT (LBRACKET expr (COMMA expr)* RBRACKET | DOT fieldName)* ;
pcAssign : pcLhs PC_ASSIGN expr (PC_PAR pcLhs PC_ASSIGN expr)* ;
pcArgs : LPAREN (expr (COMMA expr)*)? RPAREN ;

// P-syntax
// the translator takes a main body with no statement (begin end algorithm); a procedure's or
// process's body needs one
pAlgorithm : pcVarDecls? pDefine? pMacro* pProcedure* (pProcess+ | PC_BEGIN pStmts?) PC_END PC_ALGORITHM SEMI? ;
pDefine : PC_DEFINE pcDefs PC_END PC_DEFINE SEMI? ;
pMacro : PC_MACRO pcName LPAREN (IDENT (COMMA IDENT)*)? RPAREN PC_BEGIN pStmts PC_END PC_MACRO SEMI? ;
pProcedure : PC_PROCEDURE pcName pcParams pcVarDecls? PC_BEGIN pStmts PC_END PC_PROCEDURE SEMI? ;
pProcess : pcProcessHead (LPAREN pcName (EQ | IN_OP) expr RPAREN | pcName (EQ | IN_OP) expr) pcVarDecls?
           PC_BEGIN pStmts PC_END PC_PROCESS SEMI? ;
pStmts : pStmt (SEMI pStmt)* SEMI? ;
// an if's clause may be empty for the translator; PlusCalBuilder reports the one it refuses
pBranch : pStmts? ;
pStmt : pcLabel? pUnlabeled ;
pUnlabeled
    : pcAssign                                                                      # pAssign
    | PC_IF expr PC_THEN pBranch (PC_ELSIF expr PC_THEN pBranch)* (PC_ELSE pBranch)? PC_END PC_IF # pIf
    | PC_WHILE expr PC_DO pStmts PC_END PC_WHILE                                    # pWhile
    | PC_EITHER pStmts (PC_OR pStmts)+ PC_END PC_EITHER                             # pEither
    | PC_WITH pcVarDecl ((COMMA | SEMI) pcVarDecl)* (COMMA | SEMI)? PC_DO pStmts PC_END PC_WITH # pWith
    | pcSimple                                                                      # pSimple
    ;
pcSimple
    : (PC_AWAIT | PC_WHEN) expr          # pcAwait
    | PC_PRINT expr                      # pcPrint
    | PC_ASSERT expr                     # pcAssert
    | PC_SKIP                            # pcSkip
    | PC_CALL pcName pcArgs              # pcCall
    | PC_RETURN                          # pcReturn
    | PC_GOTO (pcLabelName | STRING)     # pcGoto
    | pcMacroName pcArgs                 # pcMacroCall
    ;

// C-syntax
cAlgorithm : LBRACE pcVarDecls? cDefine? cMacro* cProcedure* (cProcess+ | cBlock) RBRACE ;
cDefine : PC_DEFINE LBRACE pcDefs RBRACE SEMI? ;
cMacro : PC_MACRO pcName LPAREN (IDENT (COMMA IDENT)*)? RPAREN cBlock SEMI? ;
cProcedure : PC_PROCEDURE pcName pcParams pcVarDecls? cBlock SEMI? ;
cProcess : pcProcessHead LPAREN pcName (EQ | IN_OP) expr RPAREN pcVarDecls? cBlock SEMI? ;
// no empty statement: a ';' where a statement must start is an error for the translator ('; ;')
cBlock : LBRACE (cStmt (SEMI cStmt)* SEMI?)? RBRACE ;
cStmt : pcLabel? cUnlabeled ;
cUnlabeled
    : pcAssign                                                              # cAssign
    | PC_IF LPAREN expr RPAREN cBody (SEMI? PC_ELSE cBody)?                 # cIf
    | PC_WHILE LPAREN expr RPAREN cBody                                     # cWhile
    | PC_EITHER cBody (SEMI? PC_OR cBody)+                                  # cEither
    | PC_WITH LPAREN pcVarDecl ((COMMA | SEMI) pcVarDecl)* (COMMA | SEMI)? RPAREN cBody # cWith
    | pcSimple                                                              # cSimple
    | cBlock                                                                # cNested
    ;
cBody : cBlock | cStmt ;
