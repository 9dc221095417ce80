package dev.lockstep.speclang.internal;

import static dev.lockstep.speclang.internal.TLAPlusParser.*;

import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.ast.OpDecl;
import dev.lockstep.speclang.ast.Proof;
import dev.lockstep.speclang.ast.Substitution;
import dev.lockstep.speclang.ast.Unit;
import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The one place where ANTLR's parse tree becomes the typed AST: modules and units here, expressions
 * in {@link ExprBuilder} (operator precedence over the flat expression lists in {@link
 * OperatorStack}, LS103 where SANY reports a precedence conflict), proofs nested by step level in
 * {@link ProofBuilder}, literals in {@link Literals}. Tolerates the partial trees ANTLR leaves after
 * error recovery.
 */
public class AstBuilder extends ExprBuilder {
    public AstBuilder(Path file, List<Diagnostic> diagnostics) {
        super(file, diagnostics);
    }

    // ------------------------------------------------------------------ modules

    public List<Module> file(FileContext ctx) {
        List<Module> out = new ArrayList<>();
        for (ModuleContext m : ctx.module()) {
            out.add(module(m));
        }
        return out;
    }

    public Module module(ModuleContext ctx) {
        ModuleHeaderContext h = ctx.moduleHeader();
        Name name = h == null ? new Name("", range(ctx)) : name(h.IDENT());
        List<Name> ext = ctx.extendsClause() == null ? List.of() : names(ctx.extendsClause().IDENT());
        List<Unit> units = new ArrayList<>();
        for (UnitContext u : ctx.unit()) {
            Unit built = guarded(() -> unit(u), null);
            if (built != null) {
                units.add(built);
            }
        }
        return new Module(name, ext, units, range(ctx));
    }

    protected Unit unit(UnitContext ctx) {
        boolean local = has(ctx, LOCAL);
        if (ctx.variableDecl() != null) {
            return new Unit.Variables(names(ctx.variableDecl().definedName()), range(ctx));
        }
        if (ctx.constantDecl() != null) {
            return new Unit.Constants(opDecls(ctx.constantDecl().opDecl()), range(ctx));
        }
        if (ctx.recursiveDecl() != null) {
            return new Unit.Recursive(opDecls(ctx.recursiveDecl().opDecl()), range(ctx));
        }
        if (ctx.useOrHide() != null) {
            return useOrHide(ctx.useOrHide().USE() != null, ctx.useOrHide().useBody(), range(ctx));
        }
        if (ctx.instance() != null) {
            return instance(local, ctx.instance(), range(ctx));
        }
        if (ctx.moduleDef() != null) {
            return moduleDef(local, ctx.moduleDef(), range(ctx));
        }
        if (ctx.functionDef() != null) {
            return functionDef(local, ctx.functionDef(), range(ctx));
        }
        if (ctx.operatorDef() != null) {
            return operatorDef(local, ctx.operatorDef(), range(ctx));
        }
        if (ctx.assumption() != null) {
            AssumptionContext a = ctx.assumption();
            Unit.AssumptionKind kind = has(a, ASSUME) ? Unit.AssumptionKind.ASSUME
                    : has(a, ASSUMPTION) ? Unit.AssumptionKind.ASSUMPTION : Unit.AssumptionKind.AXIOM;
            return new Unit.Assumption(kind, a.IDENT() == null ? null : name(a.IDENT()), expr(a.expr()), range(ctx));
        }
        if (ctx.theorem() != null) {
            TheoremContext t = ctx.theorem();
            Unit.TheoremKind kind = has(t, THEOREM) ? Unit.TheoremKind.THEOREM : has(t, LEMMA) ? Unit.TheoremKind.LEMMA
                    : has(t, PROPOSITION) ? Unit.TheoremKind.PROPOSITION : Unit.TheoremKind.COROLLARY;
            Expr body = t.assumeProve() != null ? assumeProve(t.assumeProve()) : expr(t.expr());
            return new Unit.Theorem(kind, t.IDENT() == null ? null : name(t.IDENT()), body,
                    t.proof() == null ? null : proof(t.proof()), range(ctx));
        }
        if (ctx.module() != null) {
            return module(ctx.module());
        }
        return null;
    }

    protected List<OpDecl> opDecls(List<OpDeclContext> ctxs) {
        List<OpDecl> out = new ArrayList<>();
        for (OpDeclContext c : ctxs) {
            out.add(opDecl(c));
        }
        return out;
    }

    protected OpDecl opDecl(OpDeclContext c) {
        if (c instanceof NonfixDeclContext n) {
            return new OpDecl(name(n.definedName()), OpDecl.Fixity.PLAIN, n.UNDERSCORE().size(), range(c));
        }
        if (c instanceof IdentDeclContext n) {
            return new OpDecl(name(n.definedName()), OpDecl.Fixity.PLAIN, 0, range(c));
        }
        if (c instanceof PrefixDeclContext n) {
            return new OpDecl(symbolName(n.prefixSymbol()), OpDecl.Fixity.PREFIX, 1, range(c));
        }
        if (c instanceof InfixDeclContext n) {
            return new OpDecl(symbolName(n.infixSymbol()), OpDecl.Fixity.INFIX, 2, range(c));
        }
        if (c instanceof PostfixDeclContext n) {
            return new OpDecl(symbolName(n.postfixSymbol()), OpDecl.Fixity.POSTFIX, 1, range(c));
        }
        return new OpDecl(new Name("", range(c)), OpDecl.Fixity.PLAIN, 0, range(c));
    }


    protected Unit.OperatorDef operatorDef(boolean local, OperatorDefContext c, SourceRange r) {
        if (c instanceof NonfixDefContext n) {
            return new Unit.OperatorDef(local, name(n.definedName()), OpDecl.Fixity.PLAIN, opDecls(n.opDecl()), expr(n.expr()), r);
        }
        if (c instanceof PrefixDefContext n) {
            return new Unit.OperatorDef(local, symbolName(n.prefixSymbol()), OpDecl.Fixity.PREFIX,
                    List.of(new OpDecl(name(n.IDENT()), OpDecl.Fixity.PLAIN, 0, range(n.IDENT().getSymbol()))),
                    expr(n.expr()), r);
        }
        if (c instanceof InfixDefContext n) {
            List<OpDecl> ps = new ArrayList<>();
            for (TerminalNode id : n.IDENT()) {
                ps.add(new OpDecl(name(id), OpDecl.Fixity.PLAIN, 0, range(id.getSymbol())));
            }
            return new Unit.OperatorDef(local, symbolName(n.infixSymbol()), OpDecl.Fixity.INFIX, ps, expr(n.expr()), r);
        }
        if (!(c instanceof PostfixDefContext n)) {
            return new Unit.OperatorDef(local, new Name("", r), OpDecl.Fixity.PLAIN, List.of(), errorAt(c), r);
        }
        return new Unit.OperatorDef(local, symbolName(n.postfixSymbol()), OpDecl.Fixity.POSTFIX,
                List.of(new OpDecl(name(n.IDENT()), OpDecl.Fixity.PLAIN, 0, range(n.IDENT().getSymbol()))),
                expr(n.expr()), r);
    }

    protected Unit.FunctionDef functionDef(boolean local, FunctionDefContext c, SourceRange r) {
        return new Unit.FunctionDef(local, name(c.definedName()), bounds(c.quantBound()), expr(c.expr()), r);
    }

    protected Unit.Instance instance(boolean local, InstanceContext c, SourceRange r) {
        List<Substitution> subs = new ArrayList<>();
        for (SubstitutionContext s : c.substitution()) {
            Name p = s.IDENT() != null ? name(s.IDENT()) : symbolName(s.anySymbol());
            subs.add(new Substitution(p, argument(s.argument()), range(s)));
        }
        return new Unit.Instance(local, name(c.IDENT()), subs, r);
    }

    protected Unit.ModuleDef moduleDef(boolean local, ModuleDefContext c, SourceRange r) {
        return new Unit.ModuleDef(local, name(c.definedName()), opDecls(c.opDecl()),
                instance(false, c.instance(), range(c.instance())), r);
    }

    protected Unit.UseOrHide useOrHide(boolean use, UseBodyContext body, SourceRange r) {
        List<Expr> facts = new ArrayList<>();
        List<Name> defs = new ArrayList<>();
        boolean only = false;
        if (body != null) {
            only = has(body, ONLY);
            if (only && (!use || body.getParent() instanceof UseOrHideContext)) { // SANY: BY ONLY, and USE ONLY in a proof step
                Token at = body.getParent() instanceof UseOrHideContext u ? u.getStart() : body.ONLY().getSymbol();
                diagnostics.add(Diagnostic.error(DiagnosticCode.LS102_SYNTAX_ERROR, range(at), "ONLY may follow BY, or USE in a proof step"));
            }
            for (UseFactContext f : body.useFact()) {
                facts.add(f.expr() != null ? expr(f.expr())
                        : new Expr.NameExpr(new Name("MODULE " + f.IDENT().getText(), range(f)), List.of(), range(f)));
            }
            for (UseDefContext d : body.useDef()) {
                if (d.MODULE() != null) {
                    defs.add(new Name("MODULE " + d.IDENT().getText(), range(d)));
                } else if (d.IDENT() != null) {
                    defs.add(name(d.IDENT()));
                } else {
                    defs.add(symbolName(d.anySymbol()));
                }
            }
        }
        return new Unit.UseOrHide(!use, only, facts, defs, r);
    }

    protected Expr assumeProve(AssumeProveContext c) {
        List<Expr> items = new ArrayList<>();
        for (AssumeItemContext i : c.assumeItem()) {
            if (i.newSymbol() != null) {
                items.add(newSymbol(i.newSymbol()));
            } else if (i.assumeProve() != null) {
                Expr ap = assumeProve(i.assumeProve());
                items.add(i.IDENT() == null ? ap : new Expr.Label(name(i.IDENT()), List.of(), ap, range(i)));
            } else {
                items.add(expr(i.expr()));
            }
        }
        return new Expr.AssumeProve(items, expr(c.expr()), range(c));
    }

    protected Expr newSymbol(NewSymbolContext c) {
        Expr.NewKind kind = has(c, VARIABLE) ? Expr.NewKind.VARIABLE : has(c, STATE) ? Expr.NewKind.STATE
                : has(c, ACTION) ? Expr.NewKind.ACTION : has(c, TEMPORAL) ? Expr.NewKind.TEMPORAL : Expr.NewKind.CONSTANT;
        if (c.definedName() != null) {
            OpDecl d = new OpDecl(name(c.definedName()), OpDecl.Fixity.PLAIN, 0, range(c.definedName()));
            return new Expr.NewSymbol(kind, d, expr(c.expr()), range(c));
        }
        return new Expr.NewSymbol(kind, opDecl(c.opDecl()), null, range(c));
    }

    // ------------------------------------------------------------------ proofs

    protected Proof proof(ProofContext c) {
        return new ProofBuilder(this).proof(c);
    }

    protected Proof.Terminal terminal(TerminalProofContext c) {
        return new ProofBuilder(this).terminal(c);
    }
    @Override
    protected Unit letDef(LetDefContext d) {
        if (d.RECURSIVE() != null) {
            return new Unit.Recursive(opDecls(d.opDecl()), range(d));
        }
        if (d.functionDef() != null) {
            return functionDef(false, d.functionDef(), range(d));
        }
        if (d.moduleDef() != null) {
            return moduleDef(false, d.moduleDef(), range(d));
        }
        return operatorDef(false, d.operatorDef(), range(d));
    }

}
