package dev.lockstep.speclang.internal;

import static dev.lockstep.speclang.internal.TLAPlusParser.*;

import dev.lockstep.speclang.ast.Algorithm;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.ast.Operator;
import dev.lockstep.speclang.ast.Stmt;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Turns the parse tree of a PlusCal algorithm (P- or C-syntax) into an {@link Algorithm}. */
public final class PlusCalBuilder extends AstBuilder {

    public PlusCalBuilder(Path file, List<Diagnostic> diagnostics) {
        super(file, diagnostics);
    }

    public Algorithm algorithm(AlgorithmContext c) {
        Name name = name(c.algorithmName());
        boolean fair = c.PC_FAIR() != null;
        List<Algorithm.VarDecl> vars = new ArrayList<>();
        List<Unit> defs = new ArrayList<>();
        List<Algorithm.Macro> macros = new ArrayList<>();
        List<Algorithm.Procedure> procs = new ArrayList<>();
        List<Algorithm.Process> processes = new ArrayList<>();
        List<Stmt> body = new ArrayList<>();
        Algorithm.Syntax syntax;
        if (c.cAlgorithm() != null) {
            syntax = Algorithm.Syntax.C;
            CAlgorithmContext a = c.cAlgorithm();
            vars.addAll(declarations(a.pcVarDecls()));
            if (a.cDefine() != null) {
                defs.addAll(defs(a.cDefine().pcDefs()));
            }
            for (CMacroContext m : a.cMacro()) {
                macros.add(new Algorithm.Macro(name(m.pcName()), names(m.IDENT()),
                        cBlock(m.cBlock()), range(m)));
            }
            for (CProcedureContext p : a.cProcedure()) {
                procs.add(new Algorithm.Procedure(name(p.pcName()), procedureVariables(params(p.pcParams())),
                        procedureVariables(declarations(p.pcVarDecls())), cBody(p.cBlock()), range(p)));
            }
            for (CProcessContext p : a.cProcess()) {
                processes.add(new Algorithm.Process(name(p.pcName()), fairness(p.pcProcessHead(), fair),
                        p.IN_OP() != null, expr(p.expr()), declarations(p.pcVarDecls()), cBody(p.cBlock()), range(p)));
            }
            if (a.cBlock() != null) {
                body.addAll(cBody(a.cBlock()));
            }
        } else {
            syntax = Algorithm.Syntax.P;
            PAlgorithmContext a = c.pAlgorithm();
            if (a != null) {
                vars.addAll(declarations(a.pcVarDecls()));
                if (a.pDefine() != null) {
                    defs.addAll(defs(a.pDefine().pcDefs()));
                }
                for (PMacroContext m : a.pMacro()) {
                    macros.add(new Algorithm.Macro(name(m.pcName()), names(m.IDENT()),
                            pStmts(m.pStmts()), range(m)));
                }
                for (PProcedureContext p : a.pProcedure()) {
                    procs.add(new Algorithm.Procedure(name(p.pcName()), procedureVariables(params(p.pcParams())),
                            procedureVariables(varDecls(p.pcVarDecls())), pStmts(p.pStmts()), range(p)));
                }
                for (PProcessContext p : a.pProcess()) {
                    processes.add(new Algorithm.Process(name(p.pcName()), fairness(p.pcProcessHead(), fair),
                            p.IN_OP() != null, expr(p.expr()), varDecls(p.pcVarDecls()), pStmts(p.pStmts()), range(p)));
                }
                if (a.pStmts() != null) {
                    body.addAll(pStmts(a.pStmts()));
                } else if (a.PC_BEGIN() != null && procs.isEmpty()) {
                    // pcal.trans takes it, but its translation then has no action at all: no Next for SANY
                    diagnostics.add(Diagnostic.error(DiagnosticCode.LS303_PLUSCAL_SYNTAX, range(a.PC_BEGIN().getSymbol()),
                            "the algorithm's body needs a statement when there is no procedure (the translation would"
                                    + " define no Next)"));
                }
            }
        }
        return new Algorithm(name, fair, syntax, vars, defs, macros, procs, processes, body, range(c));
    }

    private Algorithm.Fairness fairness(PcProcessHeadContext h, boolean fairAlgorithm) {
        if (h != null && h.PC_FAIR() != null) {
            return h.PLUS() != null ? Algorithm.Fairness.STRONG : Algorithm.Fairness.WEAK;
        }
        return fairAlgorithm ? Algorithm.Fairness.WEAK : Algorithm.Fairness.NONE;
    }

    private List<Unit> defs(PcDefsContext c) {
        List<Unit> out = new ArrayList<>();
        if (c == null || c.children == null) {
            return out;
        }
        List<ParseTree> ch = c.children;
        for (int i = 0; i < ch.size(); i++) {
            ParseTree t = ch.get(i);
            if (t instanceof FunctionDefContext f) {
                out.add(functionDef(false, f, range(f)));
            } else if (t instanceof OperatorDefContext o) {
                out.add(operatorDef(false, o, range(o)));
            }
        }
        if (!c.opDecl().isEmpty()) {
            out.add(0, new Unit.Recursive(opDecls(c.opDecl()), range(c)));
        }
        return out;
    }

    /**
     * The ';' after the last declaration is optional for the translator, but its tokenizer ends an
     * initial value only at a delimiter ({@code begin}, {@code define}, {@code procedure},
     * {@code process} and {@code fair} are; {@code macro} is not), so a '{' or {@code macro} right
     * after one is read as part of it: the translation fails.
     */
    private List<Algorithm.VarDecl> declarations(PcVarDeclsContext c) {
        if (c != null && c.getStop() != null && c.getStop().getType() != TLAPlusLexer.SEMI
                && c.getStop().getType() != TLAPlusLexer.COMMA && c.pcVarDecl(c.pcVarDecl().size() - 1).expr() != null) {
            TerminalNode next = following(c);
            if (next != null && (next.getSymbol().getType() == TLAPlusLexer.LBRACE
                    || next.getSymbol().getType() == TLAPlusLexer.PC_MACRO)) {
                diagnostics.add(Diagnostic.error(DiagnosticCode.LS303_PLUSCAL_SYNTAX, range(next.getSymbol()),
                        "missing ';' before '" + next.getText() + "': the translator reads it as part of the initial value before it"));
            }
        }
        return varDecls(c);
    }

    /** The first token after {@code c} within its parent, or null. */
    private static TerminalNode following(ParserRuleContext c) {
        List<ParseTree> siblings = c.getParent().children;
        int i = siblings.indexOf(c) + 1;
        if (i <= 0 || i >= siblings.size()) {
            return null;
        }
        ParseTree next = siblings.get(i);
        while (next instanceof ParserRuleContext r && r.getChildCount() > 0) {
            next = r.getChild(0);
        }
        return next instanceof TerminalNode n ? n : null;
    }

    /** The body of a C-syntax algorithm, procedure or process (a block: it needs a statement, {@link #cBlock}). */
    private List<Stmt> cBody(CBlockContext c) {
        return cBlock(c);
    }

    private List<Algorithm.VarDecl> varDecls(PcVarDeclsContext c) {
        List<Algorithm.VarDecl> out = new ArrayList<>();
        if (c != null) {
            for (PcVarDeclContext d : c.pcVarDecl()) {
                out.add(varDecl(d));
            }
        }
        return out;
    }

    private Algorithm.VarDecl varDecl(PcVarDeclContext d) {
        return new Algorithm.VarDecl(name(d.IDENT()), d.IN_OP() != null, d.expr() == null ? null : expr(d.expr()),
                range(d));
    }

    /**
     * A procedure's parameters and variables take an initial value with {@code =} only (the PlusCal
     * manual's PVarDecl; pcal.trans: "Expected ";" but found "\in""), unlike the algorithm's and a
     * process's variables.
     */
    private List<Algorithm.VarDecl> procedureVariables(List<Algorithm.VarDecl> vars) {
        for (Algorithm.VarDecl v : vars) {
            if (v.set()) {
                diagnostics.add(Diagnostic.error(DiagnosticCode.LS303_PLUSCAL_SYNTAX, v.range(), "a procedure's variable '"
                        + v.name().text() + "' takes its initial value with '=', not '\\in'"));
            }
        }
        return vars;
    }

    private List<Algorithm.VarDecl> params(PcParamsContext c) {
        List<Algorithm.VarDecl> out = new ArrayList<>();
        if (c != null) {
            for (PcVarDeclContext d : c.pcVarDecl()) {
                out.add(varDecl(d));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ P-syntax

    private List<Stmt> pStmts(PStmtsContext c) {
        List<Stmt> out = new ArrayList<>();
        if (c != null) {
            for (PStmtContext s : c.pStmt()) {
                out.add(labeled(s.pcLabel(), pUnlabeled(s.pUnlabeled()), range(s)));
            }
        }
        return out;
    }

    /**
     * An empty then or elsif clause that a later clause follows: pcal.trans translates it as an
     * empty THEN branch (SANY then fails on the translation: "Encountered ELSE") unless the later
     * clauses give it something to say: an assignment (its UNCHANGED), or a goto, call, return or
     * label (the step's pc moves into every branch). An empty else is dropped and always fine.
     */
    private void emptyClausesTranslatedEmpty(PIfContext i, List<List<Stmt>> clauses) {
        int conditions = i.expr().size();
        for (int k = 0; k < conditions && k + 1 < clauses.size(); k++) {
            if (!clauses.get(k).isEmpty()) {
                continue;
            }
            boolean filled = false;
            for (int later = k + 1; later < clauses.size() && !filled; later++) {
                for (Stmt s : clauses.get(later)) {
                    boolean[] found = {false};
                    Stmt.walk(s, x -> found[0] |= x instanceof Stmt.Assign || x instanceof Stmt.Goto
                            || x instanceof Stmt.Call || x instanceof Stmt.Labeled
                            || x instanceof Stmt.Keyword kw && kw.kind() == Stmt.KeywordKind.RETURN);
                    filled |= found[0];
                }
            }
            if (!filled) {
                diagnostics.add(Diagnostic.error(DiagnosticCode.LS303_PLUSCAL_SYNTAX,
                        range(i.PC_THEN(k).getSymbol()),
                        "an empty clause translates to an empty THEN branch when no later clause assigns"
                                + " a variable (SANY rejects the translation)"));
            }
        }
    }

    private Stmt labeled(PcLabelContext l, Stmt s, SourceRange r) {
        if (l == null) {
            return s;
        }
        Stmt.LabelModifier m = l.PLUS() != null ? Stmt.LabelModifier.PLUS
                : l.MINUS() != null ? Stmt.LabelModifier.MINUS : Stmt.LabelModifier.NONE;
        return new Stmt.Labeled(name(l.pcLabelName()), m, s, r);
    }

    private Stmt pUnlabeled(PUnlabeledContext c) {
        SourceRange r = c == null ? SourceRange.at(file, 0, 0) : range(c);
        if (c instanceof PAssignContext a) {
            return assign(a.pcAssign());
        }
        if (c instanceof PIfContext i) {
            List<ExprContext> conds = i.expr();
            List<PBranchContext> blocks = i.pBranch();
            boolean hasElse = i.PC_ELSE() != null;
            // pcal.trans takes an empty then, elsif or else clause, except a then or elsif clause
            // that `end if` follows (its "Unknown error at or before")
            if (!hasElse && !blocks.isEmpty() && blocks.get(blocks.size() - 1).pStmts() == null
                    && i.PC_END() != null) {
                diagnostics.add(Diagnostic.error(DiagnosticCode.LS303_PLUSCAL_SYNTAX, range(i.PC_END().getSymbol()),
                        "the last clause of an if needs a statement (the translator: \"Unknown error\")"));
            }
            List<List<Stmt>> clauses = new ArrayList<>();
            blocks.forEach(b -> clauses.add(pStmts(b.pStmts())));
            emptyClausesTranslatedEmpty(i, clauses);
            // build from the last elsif backwards
            List<Stmt> otherwise = hasElse ? clauses.get(clauses.size() - 1) : List.of();
            int n = conds.size();
            Stmt result = null;
            for (int k = n - 1; k >= 0; k--) {
                List<Stmt> thenPart = k < clauses.size() ? clauses.get(k) : List.of();
                result = new Stmt.If(expr(conds.get(k)), thenPart, otherwise, r);
                otherwise = List.of(result);
            }
            return result == null ? new Stmt.Keyword(Stmt.KeywordKind.SKIP, r) : result;
        }
        if (c instanceof PWhileContext w) {
            return new Stmt.While(expr(w.expr()), pStmts(w.pStmts()), r);
        }
        if (c instanceof PEitherContext e) {
            List<List<Stmt>> branches = new ArrayList<>();
            for (PStmtsContext b : e.pStmts()) {
                branches.add(pStmts(b));
            }
            return new Stmt.Either(branches, r);
        }
        if (c instanceof PWithContext w) {
            List<Algorithm.VarDecl> bs = new ArrayList<>();
            for (PcVarDeclContext d : w.pcVarDecl()) {
                bs.add(varDecl(d));
            }
            return new Stmt.With(bs, pStmts(w.pStmts()), r);
        }
        if (c instanceof PSimpleContext s) {
            return simple(s.pcSimple());
        }
        return new Stmt.Keyword(Stmt.KeywordKind.SKIP, r);
    }

    private Stmt assign(PcAssignContext a) {
        List<Stmt.Assignment> as = new ArrayList<>();
        List<PcLhsContext> lhs = a.pcLhs();
        List<ExprContext> rhs = a.expr();
        for (int i = 0; i < lhs.size(); i++) {
            PcLhsContext l = lhs.get(i);
            List<Expr.PathElement> path = new ArrayList<>();
            if (l.children != null) {
                for (int k = 1; k < l.children.size(); k++) {
                    ParseTree ch = l.children.get(k);
                    if (ch instanceof TerminalNode tn && tn.getSymbol().getType() == LBRACKET) {
                        List<Expr> idx = new ArrayList<>();
                        k++;
                        while (k < l.children.size() && !(l.children.get(k) instanceof TerminalNode t2
                                && t2.getSymbol().getType() == RBRACKET)) {
                            if (l.children.get(k) instanceof ExprContext ec) {
                                idx.add(expr(ec));
                            }
                            k++;
                        }
                        path.add(new Expr.PathElement(null, idx));
                    } else if (ch instanceof FieldNameContext f) {
                        path.add(new Expr.PathElement(name(f), null));
                    }
                }
            }
            as.add(new Stmt.Assignment(name(l.IDENT()), path, i < rhs.size() ? expr(rhs.get(i)) : errorAt(a)));
        }
        return new Stmt.Assign(as, range(a));
    }

    private Stmt simple(PcSimpleContext c) {
        SourceRange r = c == null ? SourceRange.at(file, 0, 0) : range(c);
        if (c instanceof PcAwaitContext a) {
            return new Stmt.Simple(a.PC_AWAIT() != null ? Stmt.SimpleKind.AWAIT : Stmt.SimpleKind.WHEN, expr(a.expr()), r);
        }
        if (c instanceof PcPrintContext p) {
            return new Stmt.Simple(Stmt.SimpleKind.PRINT, expr(p.expr()), r);
        }
        if (c instanceof PcAssertContext p) {
            return new Stmt.Simple(Stmt.SimpleKind.ASSERT, expr(p.expr()), r);
        }
        if (c instanceof PcReturnContext) {
            return new Stmt.Keyword(Stmt.KeywordKind.RETURN, r);
        }
        if (c instanceof PcCallContext call) {
            return new Stmt.Call(name(call.pcName()), args(call.pcArgs()), false, r);
        }
        if (c instanceof PcMacroCallContext call) {
            return new Stmt.Call(name(call.pcMacroName()), macroArgs(call.pcArgs()), true, r);
        }
        if (c instanceof PcGotoContext g) {
            if (g.STRING() != null) {
                // the translator takes goto "l" as goto l (pc' = "l")
                String quoted = g.STRING().getText();
                return new Stmt.Goto(new Name(quoted.substring(1, quoted.length() - 1), range(g.STRING().getSymbol())), r);
            }
            return new Stmt.Goto(name(g.pcLabelName()), r);
        }
        return new Stmt.Keyword(Stmt.KeywordKind.SKIP, r);
    }

    private List<Expr> args(PcArgsContext a) {
        return a == null ? List.of() : exprs(a.expr());
    }

    /**
     * A macro call's arguments, each a name, a field or an application (the forms that may name
     * the variable a macro assigns, {@link Algorithm.Macro#assignedVariable}) ranging over its
     * parentheses when it is in parentheses: pcal.trans substitutes the text, {@code (x)} is no
     * variable.
     */
    private List<Expr> macroArgs(PcArgsContext a) {
        List<Expr> out = new ArrayList<>();
        for (ExprContext e : a == null ? List.<ExprContext>of() : a.expr()) {
            Expr x = expr(e);
            SourceRange r = range(e);
            if (x.range() != null && !x.range().start().equals(r.start())) {
                if (x instanceof Expr.NameExpr n) {
                    x = new Expr.NameExpr(n.name(), n.args(), r);
                } else if (x instanceof Expr.FieldAccess f) {
                    x = new Expr.FieldAccess(f.record(), f.field(), r);
                } else if (x instanceof Expr.OpApp o && o.op() == Operator.FUNCTION_APPLY) {
                    x = new Expr.OpApp(o.op(), o.args(), r, o.symbol());
                }
            }
            out.add(x);
        }
        return out;
    }

    // ------------------------------------------------------------------ C-syntax

    /**
     * A C-syntax block's statements. Every block needs one, wherever it stands (a body, a branch of
     * if, either or while, a with, a macro's body even when no call expands it): the translator fails
     * on {@code { }} with "Empty statement list", at its opening brace.
     */
    private List<Stmt> cBlock(CBlockContext c) {
        List<Stmt> out = new ArrayList<>();
        if (c != null && c.cStmt().isEmpty() && c.LBRACE() != null && c.RBRACE() != null) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.LS303_PLUSCAL_SYNTAX, range(c.LBRACE().getSymbol()),
                    "a block needs a statement (the translator: \"Empty statement list\")"));
        }
        if (c != null) {
            for (CStmtContext s : c.cStmt()) {
                cStmt(s, out);
            }
        }
        return out;
    }

    private void cStmt(CStmtContext s, List<Stmt> out) {
        CUnlabeledContext u = s.cUnlabeled();
        if (u instanceof CNestedContext n && s.pcLabel() == null) {
            out.addAll(cBlock(n.cBlock()));
            return;
        }
        out.add(labeled(s.pcLabel(), cUnlabeled(u), range(s)));
    }

    private List<Stmt> cBody(CBodyContext b) {
        if (b == null) {
            return List.of();
        }
        if (b.cBlock() != null) {
            return cBlock(b.cBlock());
        }
        List<Stmt> out = new ArrayList<>();
        cStmt(b.cStmt(), out);
        return out;
    }

    private Stmt cUnlabeled(CUnlabeledContext c) {
        SourceRange r = c == null ? SourceRange.at(file, 0, 0) : range(c);
        if (c instanceof CAssignContext a) {
            return assign(a.pcAssign());
        }
        if (c instanceof CIfContext i) {
            List<CBodyContext> bodies = i.cBody();
            return new Stmt.If(expr(i.expr()), cBody(bodies.isEmpty() ? null : bodies.get(0)),
                    bodies.size() > 1 ? cBody(bodies.get(1)) : List.of(), r);
        }
        if (c instanceof CWhileContext w) {
            return new Stmt.While(expr(w.expr()), cBody(w.cBody()), r);
        }
        if (c instanceof CEitherContext e) {
            List<List<Stmt>> branches = new ArrayList<>();
            for (CBodyContext b : e.cBody()) {
                branches.add(cBody(b));
            }
            return new Stmt.Either(branches, r);
        }
        if (c instanceof CWithContext w) {
            List<Algorithm.VarDecl> bs = new ArrayList<>();
            for (PcVarDeclContext d : w.pcVarDecl()) {
                bs.add(varDecl(d));
            }
            return new Stmt.With(bs, cBody(w.cBody()), r);
        }
        if (c instanceof CSimpleContext s) {
            return simple(s.pcSimple());
        }
        if (c instanceof CNestedContext n) {
            // a labelled block: keep its statements under an always-true if so the label has a target
            return new Stmt.If(new Expr.Literal(Expr.LiteralKind.TRUE, "TRUE", r), cBlock(n.cBlock()), List.of(), r);
        }
        return new Stmt.Keyword(Stmt.KeywordKind.SKIP, r);
    }

}
