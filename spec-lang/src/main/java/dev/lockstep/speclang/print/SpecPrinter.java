package dev.lockstep.speclang.print;

import dev.lockstep.speclang.ast.Algorithm;
import dev.lockstep.speclang.ast.Bound;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Module;
import dev.lockstep.speclang.ast.Name;
import dev.lockstep.speclang.ast.OpDecl;
import dev.lockstep.speclang.ast.Operator;
import dev.lockstep.speclang.ast.Proof;
import dev.lockstep.speclang.ast.ProofStep;
import dev.lockstep.speclang.ast.Substitution;
import dev.lockstep.speclang.ast.Unit;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes an AST back as TLA+ in ASCII: one unit per line, junction lists aligned one item per line,
 * parentheses wherever an operand is not atomic (so precedence never changes meaning), canonical
 * spellings of synonyms ({@code \leq} becomes {@code <=}). Parsing the output gives the same tree
 * (up to source ranges). PlusCal algorithms are printed by {@link PlusCalPrinter}.
 */
public final class SpecPrinter {
    final Out out = new Out();

    SpecPrinter() {
    }

    /** The module as TLA+ text. */
    public static String print(Module m) {
        SpecPrinter p = new SpecPrinter();
        p.module(m);
        return p.out.toString();
    }

    /** One expression as TLA+ text (junction lists use several lines). */
    public static String print(Expr e) {
        SpecPrinter p = new SpecPrinter();
        p.expr(e);
        return p.out.toString();
    }

    /** The module with {@code algorithm} in a comment after the header. */
    public static String print(Module m, Algorithm algorithm) {
        SpecPrinter p = new SpecPrinter();
        p.module(m, algorithm);
        return p.out.toString();
    }

    // ------------------------------------------------------------------ modules

    void module(Module m) {
        module(m, null);
    }

    void module(Module m, Algorithm algorithm) {
        out.text("---- MODULE " + m.name().text() + " ----");
        if (algorithm != null) {
            out.newline(0).text("(*");
            out.newline(0).text(PlusCalPrinter.print(algorithm));
            out.newline(0).text("*)");
        }
        if (!m.extendsList().isEmpty()) {
            out.newline(0).text("EXTENDS " + names(m.extendsList()));
        }
        for (Unit u : m.units()) {
            out.newline(0);
            unit(u);
        }
        out.newline(0).text("====");
        out.newline(0);
    }

    private static String names(List<Name> ns) {
        return String.join(", ", ns.stream().map(Name::text).toList());
    }

    void unit(Unit u) {
        if (u instanceof Module m) {
            module(m);
        } else if (u instanceof Unit.Variables v) {
            out.text("VARIABLES " + names(v.names()));
        } else if (u instanceof Unit.Constants c) {
            out.text("CONSTANTS ").text(decls(c.decls()));
        } else if (u instanceof Unit.Recursive r) {
            out.text("RECURSIVE ").text(decls(r.decls()));
        } else if (u instanceof Unit.OperatorDef d) {
            operatorDef(d);
        } else if (u instanceof Unit.FunctionDef f) {
            out.text((f.local() ? "LOCAL " : "") + f.name().text() + "[");
            bounds(f.bounds());
            out.text("] == ");
            body(f.body());
        } else if (u instanceof Unit.Instance i) {
            instance(i);
        } else if (u instanceof Unit.ModuleDef md) {
            out.text((md.local() ? "LOCAL " : "") + md.name().text());
            if (!md.params().isEmpty()) {
                out.text("(" + decls(md.params()) + ")");
            }
            out.text(" == ");
            instance(md.instance());
        } else if (u instanceof Unit.Assumption a) {
            out.text(a.kind().name() + " ");
            if (a.name() != null) {
                out.text(a.name().text() + " == ");
            }
            body(a.body());
        } else if (u instanceof Unit.Theorem t) {
            out.text(t.kind().name() + " ");
            if (t.name() != null) {
                out.text(t.name().text() + " == ");
            }
            body(t.body());
            if (t.proof() != null) {
                proof(t.proof(), 2);
            }
        } else if (u instanceof Unit.UseOrHide uh) {
            useOrHide(uh);
        }
    }

    private void operatorDef(Unit.OperatorDef d) {
        if (d.local()) {
            out.text("LOCAL ");
        }
        List<OpDecl> ps = d.params();
        switch (d.fixity()) {
            case PLAIN -> {
                out.text(d.name().text());
                if (!ps.isEmpty()) {
                    out.text("(" + decls(ps) + ")");
                }
            }
            case INFIX -> out.text(ps.get(0).name().text() + " " + d.name().text() + " " + ps.get(1).name().text());
            case PREFIX -> out.text(d.name().text() + " " + ps.get(0).name().text());
            case POSTFIX -> out.text(ps.get(0).name().text() + " " + d.name().text());
            default -> throw new IllegalStateException();
        }
        out.text(" == ");
        body(d.body());
    }

    /** A definition body: a junction list stands on its own here, without parentheses. */
    void body(Expr e) {
        if (e instanceof Expr.Junction j) {
            junction(j);
        } else {
            expr(e);
        }
    }

    static String decls(List<OpDecl> ds) {
        return String.join(", ", ds.stream().map(SpecPrinter::decl).toList());
    }

    static String decl(OpDecl d) {
        String n = d.name().text();
        return switch (d.fixity()) {
            case PLAIN -> d.arity() == 0 ? n : n + "(" + String.join(", ", java.util.Collections.nCopies(d.arity(), "_")) + ")";
            case PREFIX -> n + " _";
            case INFIX -> "_ " + n + " _";
            case POSTFIX -> "_ " + n;
        };
    }

    private void instance(Unit.Instance i) {
        out.text((i.local() ? "LOCAL " : "") + "INSTANCE " + i.module().text());
        if (!i.substitutions().isEmpty()) {
            out.text(" WITH ");
            sep(i.substitutions(), ", ", (Substitution s) -> {
                out.text(s.parameter().text() + " <- ");
                expr(s.value());
            });
        }
    }

    private void useOrHide(Unit.UseOrHide u) {
        out.text(u.hide() ? "HIDE" : "USE");
        useBody(u.only(), u.facts(), u.definitions());
    }

    private void useBody(boolean only, List<Expr> facts, List<Name> defs) {
        if (only) {
            out.text(" ONLY");
        }
        if (!facts.isEmpty()) {
            out.text(" ");
            sep(facts, ", ", this::expr);
        }
        if (!defs.isEmpty()) {
            out.text(" DEF " + names(defs));
        }
    }

    // ------------------------------------------------------------------ proofs

    void proof(Proof p, int indent) {
        if (p instanceof Proof.Terminal t) {
            out.newline(indent);
            switch (t.kind()) {
                case OBVIOUS -> out.text("OBVIOUS");
                case OMITTED -> out.text("OMITTED");
                default -> {
                    out.text("BY");
                    useBody(t.only(), t.facts(), t.definitions());
                }
            }
            return;
        }
        for (ProofStep s : ((Proof.Steps) p).steps()) {
            out.newline(indent);
            step(s, indent);
        }
    }

    private void step(ProofStep s, int indent) {
        out.text(s.label() + " ");
        switch (s.kind()) {
            case QED -> out.text("QED");
            case ASSERT -> body(s.exprs().get(0));
            case SUFFICES -> {
                out.text("SUFFICES ");
                body(s.exprs().get(0));
            }
            case CASE -> {
                out.text("CASE ");
                body(s.exprs().get(0));
            }
            case HAVE -> {
                out.text("HAVE ");
                body(s.exprs().get(0));
            }
            case PICK -> {
                out.text("PICK ");
                bounds(s.bounds());
                out.text(" : ");
                body(s.exprs().get(0));
            }
            case TAKE -> {
                out.text("TAKE ");
                bounds(s.bounds());
            }
            case WITNESS -> {
                out.text("WITNESS ");
                sep(s.exprs(), ", ", this::expr);
            }
            case USE, HIDE -> useOrHide(s.use());
            case DEFINE -> {
                boolean instances = s.definitions().stream().allMatch(d -> d instanceof Unit.Instance);
                if (!instances) {
                    out.text("DEFINE ");
                }
                int col = out.column();
                boolean first = true;
                for (Unit d : s.definitions()) {
                    if (!first) {
                        out.newline(col);
                    }
                    unit(d);
                    first = false;
                }
            }
            default -> throw new IllegalStateException(s.kind().name());
        }
        if (s.proof() != null) {
            proof(s.proof(), indent + 2);
        }
    }

    // ------------------------------------------------------------------ expressions

    <T> void sep(List<T> xs, String separator, Consumer<T> each) {
        boolean first = true;
        for (T x : xs) {
            if (!first) {
                out.text(separator);
            }
            each.accept(x);
            first = false;
        }
    }

    void bounds(List<Bound> bs) {
        sep(bs, ", ", b -> {
            String names = names(b.names());
            out.text(b.tuple() ? "<<" + names + ">>" : names);
            if (b.set() != null) {
                out.text(" \\in ");
                expr(b.set());
            }
        });
    }

    /** Whether an expression can stand as an operand without parentheses. */
    static boolean atomic(Expr e) {
        if (e instanceof Expr.OpApp o) {
            return o.op().fixity() == Operator.Fixity.CONSTRUCT && o.op() != Operator.IF_THEN_ELSE;
        }
        if (e instanceof Expr.Binder b) {
            return b.kind() == Expr.BinderKind.SET_FILTER || b.kind() == Expr.BinderKind.SET_MAP
                    || b.kind() == Expr.BinderKind.FUNCTION;
        }
        return e instanceof Expr.NameExpr || e instanceof Expr.Literal || e instanceof Expr.Selector
                || e instanceof Expr.Record || e instanceof Expr.Except || e instanceof Expr.FieldAccess;
    }

    void operand(Expr e) {
        if (atomic(e)) {
            expr(e);
        } else {
            out.text("(");
            expr(e);
            out.text(")");
        }
    }

    void expr(Expr e) {
        if (e instanceof Expr.NameExpr n) {
            out.text(n.name().text());
            args(n.args());
        } else if (e instanceof Expr.Selector s) {
            expr(s.base()); // a name or a selector: SANY takes no other base
            out.text("!" + s.selector().text());
            args(s.args());
        } else if (e instanceof Expr.Literal l) {
            literal(l);
        } else if (e instanceof Expr.OpApp o) {
            opApp(o);
        } else if (e instanceof Expr.Binder b) {
            binder(b);
        } else if (e instanceof Expr.Record r) {
            out.text("[");
            sep(r.fields(), ", ", f -> {
                out.text(f.name().text() + (r.set() ? " : " : " |-> "));
                expr(f.value());
            });
            out.text("]");
        } else if (e instanceof Expr.FieldAccess f) {
            operand(f.record());
            out.text("." + f.field().text());
        } else if (e instanceof Expr.Except x) {
            out.text("[");
            expr(x.function());
            out.text(" EXCEPT ");
            sep(x.clauses(), ", ", c -> {
                out.text("!");
                for (Expr.PathElement pe : c.path()) {
                    if (pe.field() != null) {
                        out.text("." + pe.field().text());
                    } else {
                        out.text("[");
                        sep(pe.index(), ", ", this::expr);
                        out.text("]");
                    }
                }
                out.text(" = ");
                expr(c.value());
            });
            out.text("]");
        } else if (e instanceof Expr.Case c) {
            out.text("CASE ");
            sep(c.arms(), " [] ", a -> {
                caseOperand(a.guard());
                out.text(" -> ");
                caseOperand(a.value());
            });
            if (c.other() != null) {
                out.text(" [] OTHER -> ");
                caseOperand(c.other());
            }
        } else if (e instanceof Expr.Let l) {
            int col = out.column();
            out.text("LET ");
            int defCol = out.column();
            boolean first = true;
            for (Unit d : l.definitions()) {
                if (!first) {
                    out.newline(defCol);
                }
                unit(d);
                first = false;
            }
            out.newline(col).text("IN  ");
            expr(l.body());
        } else if (e instanceof Expr.Junction j) {
            out.text("(");
            junction(j);
            out.text(")");
        } else if (e instanceof Expr.Label l) {
            out.text(l.label().text());
            if (!l.params().isEmpty()) {
                out.text("(" + names(l.params()) + ")");
            }
            out.text(" :: ");
            expr(l.body());
        } else if (e instanceof Expr.AssumeProve ap) {
            out.text("ASSUME ");
            sep(ap.assumptions(), ", ", this::expr);
            out.text(" PROVE ");
            expr(ap.goal());
        } else if (e instanceof Expr.NewSymbol n) {
            out.text("NEW " + (n.kind() == Expr.NewKind.CONSTANT ? "" : n.kind().name() + " ") + decl(n.decl()));
            if (n.set() != null) {
                out.text(" \\in ");
                expr(n.set());
            }
        } else {
            out.text("??");
        }
    }

    private void caseOperand(Expr e) {
        if (e instanceof Expr.Case || e instanceof Expr.OpApp o && o.op() == Operator.ALWAYS) {
            out.text("(");
            expr(e);
            out.text(")");
        } else {
            expr(e);
        }
    }

    void junction(Expr.Junction j) {
        int col = out.column();
        String bullet = j.kind() == Expr.JunctionKind.AND ? "/\\ " : "\\/ ";
        boolean first = true;
        for (Expr item : j.items()) {
            if (!first) {
                out.newline(col);
            }
            out.text(bullet);
            if (item instanceof Expr.Junction inner) {
                junction(inner);
            } else {
                expr(item);
            }
            first = false;
        }
    }

    private void args(List<Expr> args) {
        if (!args.isEmpty()) {
            out.text("(");
            sep(args, ", ", this::expr);
            out.text(")");
        }
    }

    private void literal(Expr.Literal l) {
        if (l.kind() == Expr.LiteralKind.STRING) {
            out.text(TlaStrings.quote(l.text()));
        } else {
            out.text(l.text());
        }
    }

    private void subscript(Expr v) {
        if (v instanceof Expr.NameExpr n && n.args().isEmpty()
                || v instanceof Expr.OpApp o && o.op() == Operator.TUPLE) {
            expr(v);
        } else if (v instanceof Expr.Selector) {
            expr(v);
        } else {
            out.text("(");
            expr(v);
            out.text(")");
        }
    }

    private void opApp(Expr.OpApp o) {
        List<Expr> a = o.args();
        Operator op = o.op();
        switch (op.fixity()) {
            case PREFIX -> {
                String s = op.symbol();
                boolean word = Character.isLetter(s.charAt(0));
                out.text(s + (word ? " " : ""));
                Expr arg = a.get(0);
                if (op == Operator.NEGATE && !(arg instanceof Expr.NameExpr || arg instanceof Expr.Literal)) {
                    out.text("(");
                    expr(arg);
                    out.text(")");
                } else {
                    operand(arg);
                }
            }
            case POSTFIX -> {
                operand(a.get(0));
                out.text(op.symbol());
            }
            case INFIX -> sep(a, " " + op.symbol() + " ", this::operand);
            default -> construct(o);
        }
    }

    private void construct(Expr.OpApp o) {
        List<Expr> a = o.args();
        switch (o.op()) {
            case SET_ENUM -> {
                out.text("{");
                sep(a, ", ", this::expr);
                out.text("}");
            }
            case TUPLE -> {
                out.text("<<");
                sep(a, ", ", this::expr);
                out.text(">>");
            }
            case FUNCTION_APPLY -> {
                operand(a.get(0));
                out.text("[");
                sep(a.subList(1, a.size()), ", ", this::expr);
                out.text("]");
            }
            case FUNCTION_SET -> {
                out.text("[");
                expr(a.get(0));
                out.text(" -> ");
                expr(a.get(1));
                out.text("]");
            }
            case IF_THEN_ELSE -> {
                out.text("IF ");
                expr(a.get(0));
                out.text(" THEN ");
                expr(a.get(1));
                out.text(" ELSE ");
                expr(a.get(2));
            }
            case BOX_ACTION -> {
                out.text("[");
                expr(a.get(0));
                out.text("]_");
                subscript(a.get(1));
            }
            case ANGLE_ACTION -> {
                out.text("<<");
                expr(a.get(0));
                out.text(">>_");
                subscript(a.get(1));
            }
            case WEAK_FAIRNESS, STRONG_FAIRNESS -> {
                out.text(o.op() == Operator.WEAK_FAIRNESS ? "WF_" : "SF_");
                subscript(a.get(0));
                out.text("(");
                expr(a.get(1));
                out.text(")");
            }
            case AT -> out.text("@");
            default -> throw new IllegalStateException(o.op().name());
        }
    }

    private void binder(Expr.Binder b) {
        switch (b.kind()) {
            case FORALL, EXISTS, TEMPORAL_FORALL, TEMPORAL_EXISTS, CHOOSE, LAMBDA -> {
                out.text(switch (b.kind()) {
                    case FORALL -> "\\A ";
                    case EXISTS -> "\\E ";
                    case TEMPORAL_FORALL -> "\\AA ";
                    case TEMPORAL_EXISTS -> "\\EE ";
                    case CHOOSE -> "CHOOSE ";
                    default -> "LAMBDA ";
                });
                bounds(b.bounds());
                out.text(" : ");
                expr(b.body());
            }
            case SET_FILTER -> {
                out.text("{");
                bounds(b.bounds());
                out.text(" : ");
                expr(b.body());
                out.text("}");
            }
            case SET_MAP -> {
                out.text("{");
                operand(b.body());
                out.text(" : ");
                bounds(b.bounds());
                out.text("}");
            }
            case FUNCTION -> {
                out.text("[");
                bounds(b.bounds());
                out.text(" |-> ");
                expr(b.body());
                out.text("]");
            }
            default -> throw new IllegalStateException(b.kind().name());
        }
    }
}
