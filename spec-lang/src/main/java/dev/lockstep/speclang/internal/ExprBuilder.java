package dev.lockstep.speclang.internal;

import static dev.lockstep.speclang.internal.TLAPlusParser.*;

import dev.lockstep.speclang.ast.Bound;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.ast.Operator;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourcePosition;
import dev.lockstep.speclang.diag.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The expression half of the one place where ANTLR's parse tree becomes the typed AST (rule 1 of
 * the style guide): flat expression lists through {@link OperatorStack} (SANY's precedence ranges,
 * LS103 on a conflict), primaries, bounds, selectors and subscripts, and the shared helpers for
 * source ranges and names. {@link AstBuilder} adds modules, units and proofs; LET definitions are
 * units, so it supplies {@link #letDef}. Tolerates the partial trees ANTLR leaves after error
 * recovery.
 */
public abstract class ExprBuilder {
    protected final Path file;
    protected final List<Diagnostic> diagnostics;

    /** Errors SANY's parser finds only once it completes a form (a juxtaposition). */
    private final List<Diagnostic> completed = new ArrayList<>(0);
    /** Forms SANY's parser accepts and its semantic analysis rejects. */
    private final List<Diagnostic> unsupported = new ArrayList<>(0);

    protected ExprBuilder(Path file, List<Diagnostic> diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /**
     * Adds the errors found while building that only a tree without syntax errors shows as SANY
     * sees it (ANTLR's recovery may rebuild a form elsewhere): a juxtaposition, and then the forms
     * SANY's semantic analysis rejects, which it runs only after a clean parse.
     */
    public void reportDeferred() {
        for (List<Diagnostic> deferred : List.of(completed, unsupported)) {
            if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
                diagnostics.addAll(deferred);
            }
        }
    }

    /**
     * SANY's parser takes a step number ({@code <1>2}, {@code <*>2}) as an expression only inside a
     * proof whose level it knows: in a step, or in a proof nested in a step; not outside proofs
     * (a theorem's statement, a module-level USE, a definition) and not in a theorem's own terminal
     * proof ({@code BY <1>2} right after the theorem), where it fails with "Step number used outside
     * proof". A {@code <+>} step number fails anywhere ("<+> step number used in an expression").
     */
    private void stepNumberPlace(ParserRuleContext ref, SourceRange r) {
        String message = "a step number names a step only inside a proof's steps (SANY: \"Step number used outside proof\")";
        for (ParserRuleContext c = ref.getParent(); c != null && !(c instanceof ProofContext); c = c.getParent()) {
            if (c instanceof ProofStepContext) {
                if (!ref.getText().startsWith("<+>")) {
                    return;
                }
                message = "a <+> step number cannot name a step (SANY: \"<+> step number used in an expression\")";
                break;
            }
        }
        diagnostics.add(Diagnostic.error(DiagnosticCode.LS107_PROOF_STEP_LEVEL, r, message));
    }

    // ------------------------------------------------------------------ helpers

    protected SourceRange range(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        if (start == null) {
            return SourceRange.at(file, 0, 0);
        }
        if (stop == null || stop.getTokenIndex() < start.getTokenIndex()) {
            return Tokens.range(file, start);
        }
        return Tokens.range(file, start, stop);
    }

    protected SourceRange range(Token t) {
        return Tokens.range(file, t);
    }

    protected static SourceRange span(SourceRange a, SourceRange b) {
        SourcePosition s = a.start().compareTo(b.start()) <= 0 ? a.start() : b.start();
        SourcePosition e = a.end().compareTo(b.end()) >= 0 ? a.end() : b.end();
        return new SourceRange(a.file(), s, e);
    }

    protected Name name(TerminalNode t) {
        if (t == null) {
            return new Name("", SourceRange.at(file, 0, 0));
        }
        return new Name(t.getText(), range(t.getSymbol()));
    }

    protected Name name(ParserRuleContext ctx) {
        if (ctx == null) {
            return new Name("", SourceRange.at(file, 0, 0));
        }
        return new Name(ctx.getText(), range(ctx));
    }

    protected static boolean has(ParserRuleContext ctx, int tokenType) {
        return ctx != null && ctx.getToken(tokenType, 0) != null;
    }

    /** The names of tokens or {@code definedName}s. */
    protected List<Name> names(List<? extends ParseTree> ts) {
        List<Name> out = new ArrayList<>(ts.size());
        for (ParseTree t : ts) {
            out.add(t instanceof TerminalNode n ? name(n) : name((ParserRuleContext) t));
        }
        return out;
    }

    /**
     * Builds from a tree that error recovery may have left incomplete: when the parse reported
     * errors, a missing piece turns into {@code fallback} instead of an exception. Without syntax
     * errors an exception here is a bug and propagates.
     */
    protected <T> T guarded(java.util.function.Supplier<T> build, T fallback) {
        try {
            return build.get();
        } catch (RuntimeException e) {
            if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
                return fallback;
            }
            throw e;
        }
    }

    protected Expr errorAt(ParserRuleContext ctx) {
        return new Expr.Error(ctx == null ? SourceRange.at(file, 0, 0) : range(ctx));
    }
    /** A user-visible operator symbol, spelled canonically (so {@code \leq} and {@code <=} agree). */
    protected Name symbolName(ParserRuleContext sym) {
        if (sym == null) {
            return new Name("", SourceRange.at(file, 0, 0));
        }
        Token t = sym.getStart();
        Operator op = Symbols.infix(t.getType());
        if (op == null) {
            op = Symbols.prefixSymbol(t.getType());
        }
        if (op == null) {
            op = Symbols.postfix(t.getType());
        }
        String text = op == null ? t.getText() : (t.getType() == PREFIX_MINUS ? "-." : op.symbol());
        return new Name(text, range(sym));
    }
    // ------------------------------------------------------------------ expressions

    public Expr expr(ExprContext ctx) {
        if (ctx == null || ctx.children == null || ctx.children.isEmpty()) {
            return errorAt(ctx);
        }
        List<ParseTree> children = ctx.children;
        int n = children.size();
        if (n == 1 && children.get(0) instanceof PrimaryContext only) {
            return primaryOrError(only);
        }
        OperatorStack ops = new OperatorStack(this);
        int operands = 0;
        int infixes = 0;
        int i = 0;
        while (i < n) {
            ParseTree child = children.get(i);
            if (child instanceof InfixOpContext ic) {
                ops.infix(ic.getStart());
                infixes++;
                i++;
            } else if (child instanceof PrefixOpContext || child instanceof PrimaryContext
                    || child instanceof PostfixOpContext) {
                // an operand: prefix operators, the primary, postfix operators
                int first = i;
                while (i < n && children.get(i) instanceof PrefixOpContext p) {
                    ops.prefix(p.getStart());
                    i++;
                }
                Expr e;
                if (i < n && children.get(i) instanceof PrimaryContext p) {
                    e = primaryOrError(p);
                    i++;
                } else {
                    e = new Expr.Error(range((ParserRuleContext) children.get(first)));
                }
                while (i < n && children.get(i) instanceof PostfixOpContext pc) {
                    e = postfix(e, pc);
                    i++;
                }
                ops.operand(e);
                operands++;
            } else {
                i++;
            }
        }
        if (operands != infixes + 1) {
            return errorAt(ctx);
        }
        return ops.finish();
    }

    /** The AST of a primary; as guarded(), without a lambda per operand. */
    private Expr primaryOrError(PrimaryContext p) {
        try {
            return primary(p);
        } catch (RuntimeException ex) {
            if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
                throw ex;
            }
            return errorAt(p);
        }
    }

    /** {@code e} with a postfix operator, a function application or a field access applied. */
    private Expr postfix(Expr e, PostfixOpContext pc) {
        SourceRange r = span(e.range(), range(pc));
        if (pc instanceof PostfixSymbolOpContext ps) {
            return new Expr.OpApp(Symbols.postfix(ps.getStart().getType()), List.of(e), r, range(ps));
        }
        if (pc instanceof ApplyOpContext ap) {
            functionHead(ap);
            List<Expr> args = new ArrayList<>();
            args.add(e);
            for (ParseTree ch : ap.children) {
                if (ch instanceof ExprContext a) {
                    args.add(expr(a));
                }
            }
            return new Expr.OpApp(Operator.FUNCTION_APPLY, args, r);
        }
        if (pc instanceof BracketAfterOperandContext b) {
            // SANY reads the form as it reads a function's arguments and fails once it is complete
            completed.add(Diagnostic.error(DiagnosticCode.LS102_SYNTAX_ERROR, range(b.getStop()),
                    "a bracket expression follows an expression without an operator between them"));
            return new Expr.Error(r);
        }
        if (pc instanceof FieldOpContext f) {
            return new Expr.FieldAccess(e, name(f.fieldName()), r);
        }
        return e;
    }

    protected List<Bound> bounds(List<QuantBoundContext> qs) {
        List<Bound> out = new ArrayList<>();
        for (QuantBoundContext q : qs) {
            out.add(bound(q));
        }
        return out;
    }

    protected Bound bound(QuantBoundContext q) {
        if (q.tupleOfIdents() != null) {
            return new Bound(names(q.tupleOfIdents().definedName()), true, expr(q.expr()), range(q));
        }
        return new Bound(names(q.definedName()), false, expr(q.expr()), range(q));
    }

    protected Expr argument(ArgumentContext a) {
        if (a == null) {
            return new Expr.Error(SourceRange.at(file, 0, 0));
        }
        if (a.expr() != null) {
            return expr(a.expr());
        }
        Name n = symbolName(a.anySymbol());
        return new Expr.NameExpr(n, List.of(), n.range());
    }

    protected List<Expr> arguments(List<ArgumentContext> as) {
        List<Expr> out = new ArrayList<>(as.size());
        for (ArgumentContext a : as) {
            out.add(argument(a));
        }
        return out;
    }

    /** The expressions among the children of {@code ctx}, in order (one walk over the children). */
    protected List<Expr> exprs(ParserRuleContext ctx) {
        List<ParseTree> children = ctx.children;
        if (children == null) {
            return new ArrayList<>(0);
        }
        List<Expr> out = new ArrayList<>((children.size() + 1) / 2);
        for (ParseTree ch : children) {
            if (ch instanceof ExprContext e) {
                out.add(expr(e));
            }
        }
        return out;
    }

    protected List<Expr> exprs(List<ExprContext> es) {
        List<Expr> out = new ArrayList<>(es.size());
        for (ExprContext e : es) {
            out.add(expr(e));
        }
        return out;
    }

    protected Expr selectors(Expr base, List<SelectorContext> sels, SourceRange start) {
        Expr e = base;
        for (SelectorContext s : sels) {
            Name sel = s.IDENT() != null ? name(s.IDENT()) : s.anySymbol() != null ? symbolName(s.anySymbol())
                    : s.LPAREN() != null ? new Name("", range(s.getStart())) // !(args): SANY's null selector
                    : new Name(s.getStart().getText(), range(s.getStart()));
            e = new Expr.Selector(e, sel, arguments(s.argument()), span(start, range(s)));
        }
        return e;
    }

    protected Expr primary(PrimaryContext p) {
        if (p instanceof NameExprContext n && n.getChildCount() == 1) {
            Name id = name(n.IDENT());
            return new Expr.NameExpr(id, List.of(), id.range());
        }
        SourceRange r = range(p);
        if (p instanceof NameExprContext n) {
            Name id = name(n.IDENT());
            Expr base = new Expr.NameExpr(id, arguments(n.argument()), n.selector().isEmpty() ? r
                    : (n.RPAREN() != null ? span(id.range(), range(n.RPAREN().getSymbol())) : id.range()));
            return selectors(base, n.selector(), r);
        }
        if (p instanceof BuiltInAppliedContext b) {
            Name id = new Name(b.getStart().getText(), range(b.getStart()));
            return new Expr.NameExpr(id, arguments(b.argument()), r);
        }
        if (p instanceof LiteralContext l) {
            return Literals.literal(l.getStart(), r);
        }
        if (p instanceof ParenExprContext pe) {
            return expr(pe.expr());
        }
        if (p instanceof AtExprContext) {
            return new Expr.OpApp(Operator.AT, List.of(), r);
        }
        if (p instanceof StepRefContext) {
            stepNumberPlace(p, r);
            return new Expr.NameExpr(new Name(p.getText(), r), List.of(), r);
        }
        if (p instanceof LabelExprContext l) {
            List<TerminalNode> ids = l.IDENT();
            return new Expr.Label(name(ids.get(0)), names(ids.size() > 1 ? ids.subList(1, ids.size()) : List.of()), expr(l.expr()), r);
        }
        if (p instanceof BoundedQuantContext q) {
            Expr.BinderKind k = q.FORALL() != null ? Expr.BinderKind.FORALL : Expr.BinderKind.EXISTS;
            return new Expr.Binder(k, bounds(q.quantBound()), expr(q.expr()), r);
        }
        if (p instanceof UnboundedQuantContext q) {
            Expr.BinderKind k = q.FORALL() != null ? Expr.BinderKind.FORALL : q.EXISTS() != null ? Expr.BinderKind.EXISTS
                    : q.TFORALL() != null ? Expr.BinderKind.TEMPORAL_FORALL : Expr.BinderKind.TEMPORAL_EXISTS;
            return new Expr.Binder(k, unboundedBounds(q.definedName()), expr(q.expr()), r);
        }
        if (p instanceof ChooseExprContext c) {
            Bound b;
            if (c.quantBound() != null) {
                b = bound(c.quantBound());
            } else if (c.tupleOfIdents() != null) {
                b = new Bound(names(c.tupleOfIdents().definedName()), true, null, range(c.tupleOfIdents()));
            } else {
                b = new Bound(List.of(name(c.definedName())), false, null, range(c.definedName()));
            }
            return new Expr.Binder(Expr.BinderKind.CHOOSE, List.of(b), expr(c.expr()), r);
        }
        if (p instanceof SetEnumContext s) {
            return new Expr.OpApp(Operator.SET_ENUM, exprs(s), r);
        }
        if (p instanceof SetFilterContext s) {
            return new Expr.Binder(Expr.BinderKind.SET_FILTER, List.of(bound(s.quantBound())), expr(s.expr()), r);
        }
        if (p instanceof SetMapContext s) {
            return new Expr.Binder(Expr.BinderKind.SET_MAP, bounds(s.quantBound()), expr(s.expr()), r);
        }
        if (p instanceof FunctionExprContext f) {
            return new Expr.Binder(Expr.BinderKind.FUNCTION, bounds(f.quantBound()), expr(f.expr()), r);
        }
        if (p instanceof FunctionSetContext f) {
            return new Expr.OpApp(Operator.FUNCTION_SET, exprs(f), r);
        }
        if (p instanceof RecordExprContext rc) {
            return record(false, rc.fieldName(), rc.expr(), r);
        }
        if (p instanceof RecordSetContext rc) {
            return record(true, rc.fieldName(), rc.expr(), r);
        }
        if (p instanceof ExceptExprContext ex) {
            List<Expr.ExceptClause> clauses = new ArrayList<>();
            for (ExceptClauseContext cc : ex.exceptClause()) {
                List<Expr.PathElement> path = new ArrayList<>();
                for (ExceptPathContext pc : cc.exceptPath()) {
                    path.add(pc.fieldName() != null ? new Expr.PathElement(name(pc.fieldName()), null)
                            : new Expr.PathElement(null, exprs(pc)));
                }
                clauses.add(new Expr.ExceptClause(path, expr(cc.expr())));
            }
            return new Expr.Except(expr(ex.expr()), clauses, r);
        }
        if (p instanceof BoxActionContext b) {
            return new Expr.OpApp(Operator.BOX_ACTION, List.of(expr(b.expr()), subscript(b.subscript())), r);
        }
        if (p instanceof AngleActionContext b) {
            return new Expr.OpApp(Operator.ANGLE_ACTION, List.of(expr(b.expr()), subscript(b.subscript())), r);
        }
        if (p instanceof TupleExprContext t) {
            return new Expr.OpApp(Operator.TUPLE, exprs(t), r);
        }
        if (p instanceof FairnessContext f) {
            Operator op = f.WF() != null ? Operator.WEAK_FAIRNESS : Operator.STRONG_FAIRNESS;
            return new Expr.OpApp(op, List.of(subscript(f.subscript()), expr(f.expr())), r);
        }
        if (p instanceof IfExprContext i) {
            List<ExprContext> es = i.expr();
            return new Expr.OpApp(Operator.IF_THEN_ELSE,
                    List.of(expr(at(es, 0)), expr(at(es, 1)), expr(at(es, 2))), r);
        }
        if (p instanceof CaseExprContext c) {
            List<Expr.CaseArm> arms = new ArrayList<>();
            for (CaseArmContext a : c.caseArm()) {
                arms.add(new Expr.CaseArm(expr(at(a.expr(), 0)), expr(at(a.expr(), 1))));
            }
            return new Expr.Case(arms, c.OTHER() == null ? null : expr(c.expr()), r);
        }
        if (p instanceof LetExprContext l) {
            List<Unit> defs = new ArrayList<>();
            for (LetDefContext d : l.letDef()) {
                defs.add(letDef(d));
            }
            return new Expr.Let(defs, expr(l.expr()), r);
        }
        if (p instanceof AndListContext a) {
            return new Expr.Junction(Expr.JunctionKind.AND, exprs(a), r);
        }
        if (p instanceof OrListContext a) {
            return new Expr.Junction(Expr.JunctionKind.OR, exprs(a), r);
        }
        if (p instanceof BareBracketContext && functionHead(p)) {
            return new Expr.Error(r);
        }
        if (p instanceof BareBracketContext) {
            unsupported.add(Diagnostic.error(DiagnosticCode.LS108_UNSUPPORTED_EXPRESSION, range(p.getStart()),
                    "'[' ... ']' without '_' and a subscript is no expression (SANY: unsupported expression type)"));
            return new Expr.Error(r);
        }
        if (p instanceof SymbolExprContext s) {
            // SANY reads the symbol as an operator's name, applied to arguments or not: =(a, b) is a = b
            Name sym = symbolName(s.symbolOperand());
            int type = s.symbolOperand().getStart().getType();
            Operator op = Symbols.infix(type) != null ? Symbols.infix(type) : Symbols.postfix(type);
            List<Expr> args = arguments(s.argument());
            if (op != null && args.size() == (op.fixity() == Operator.Fixity.POSTFIX ? 1 : 2)) {
                return new Expr.OpApp(op, args, r, sym.range());
            }
            unsupported.add(Diagnostic.error(DiagnosticCode.LS108_UNSUPPORTED_EXPRESSION, sym.range(),
                    "the operator symbol '" + sym.text() + "' stands where an operand is expected (it takes "
                            + (op != null && op.fixity() == Operator.Fixity.POSTFIX ? "1 argument" : "2 arguments") + ")"));
            return new Expr.NameExpr(sym, args, r);
        }
        if (p instanceof LambdaExprContext l) {
            if (!wholeArgument(l)) {
                diagnostics.add(Diagnostic.error(DiagnosticCode.LS102_SYNTAX_ERROR, range(l.getStart()), "unexpected 'LAMBDA':"
                        + " a LAMBDA expression stands only as a whole argument of an operator or an INSTANCE substitution"));
            }
            return new Expr.Binder(Expr.BinderKind.LAMBDA, unboundedBounds(l.definedName()), expr(l.expr()), r);
        }
        return errorAt(p);
    }

    /**
     * Whether a {@code [...]} read as a function's arguments or as {@code [e]} starts as a function
     * constructor does ({@code [x \in}, {@code [x, y \in}, {@code [<<x, y>> \in}): SANY's
     * SBracketCases commits to the constructor on that head (tla+.jj's matchFcnConst) and fails at
     * the {@code ]} where it expects {@code |->}; that error is reported here.
     */
    private boolean functionHead(ParserRuleContext bracket) {
        List<Token> ts = new ArrayList<>();
        firstTokens(bracket, ts, 64);
        int i = 1;
        if (ts.size() > 1 && ts.get(1).getType() == LTUPLE) {
            int depth = 0;
            for (; i < ts.size(); i++) {
                int k = ts.get(i).getType();
                depth += k == LTUPLE ? 1 : k == RTUPLE ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            i++;
        } else {
            while (i + 1 < ts.size() && ts.get(i).getType() == IDENT && ts.get(i + 1).getType() == COMMA) {
                i += 2;
            }
            i += i < ts.size() && ts.get(i).getType() == IDENT ? 1 : ts.size();
        }
        if (i >= ts.size() || ts.get(i).getType() != IN_OP || bracket.getStop() == null) {
            return false;
        }
        diagnostics.add(Diagnostic.error(DiagnosticCode.LS102_SYNTAX_ERROR, range(bracket.getStop()), "unexpected '"
                + bracket.getStop().getText() + "', expected '|->' (SANY reads '[x \\in S' as the start of a function)"));
        return true;
    }

    private static void firstTokens(ParseTree t, List<Token> out, int max) {
        if (t instanceof TerminalNode n) {
            out.add(n.getSymbol());
            return;
        }
        for (int c = 0; c < t.getChildCount() && out.size() < max; c++) {
            firstTokens(t.getChild(c), out, max);
        }
    }

    private static ExprContext at(List<ExprContext> es, int i) {
        return i < es.size() ? es.get(i) : null;
    }

    /**
     * Whether a LAMBDA is a whole argument ({@code H(LAMBDA x : x)}, {@code WITH Op <- LAMBDA x : x}):
     * SANY's grammar has it there alone (its {@code OpOrExpr}), not as a definition's body, inside
     * parentheses or as another LAMBDA's body.
     */
    private static boolean wholeArgument(LambdaExprContext l) {
        org.antlr.v4.runtime.ParserRuleContext a = l.getParent();
        while (a != null && !(a instanceof ArgumentContext)) {
            a = a.getParent();
        }
        return a != null && a.getStart() == l.getStart() && a.getStop() == l.getStop();
    }

    /** Bound variables without a set ({@code \A x : P}, LAMBDA, PICK x : P, TAKE x). */
    protected List<Bound> unboundedBounds(List<DefinedNameContext> ids) {
        List<Bound> out = new ArrayList<>();
        for (Name id : names(ids)) {
            out.add(new Bound(List.of(id), false, null, id.range()));
        }
        return out;
    }

    /** A LET definition: a unit, built by {@link AstBuilder}. */
    protected abstract Unit letDef(LetDefContext d);

    private Expr record(boolean set, List<FieldNameContext> names, List<ExprContext> values, SourceRange r) {
        List<Expr.Field> fields = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            fields.add(new Expr.Field(name(names.get(i)), expr(at(values, i))));
        }
        return new Expr.Record(set, fields, r);
    }

    protected Expr subscript(SubscriptContext s) {
        if (s == null) {
            return new Expr.Error(SourceRange.at(file, 0, 0));
        }
        SourceRange r = range(s);
        if (s.IDENT() != null) {
            Name id = name(s.IDENT());
            return selectors(new Expr.NameExpr(id, List.of(), id.range()), s.selector(), r);
        }
        if (s.LTUPLE() != null) {
            return new Expr.OpApp(Operator.TUPLE, exprs(s), r);
        }
        return s.expr().isEmpty() ? errorAt(s) : expr(s.expr(0));
    }
}
