package dev.lockstep.speclang.print;

import dev.lockstep.speclang.ast.Algorithm;
import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.ast.Stmt;
import dev.lockstep.speclang.ast.Unit;
import java.util.List;

/**
 * Writes a PlusCal algorithm in its own syntax (P or C), one statement per line, ready to sit in
 * a comment of a module. An {@code elsif} chain is written as nested {@code else if}, which the
 * parser reads back as the same tree.
 */
public final class PlusCalPrinter {
    private final SpecPrinter tla = new SpecPrinter();
    private final Out out = tla.out;
    private final boolean c;

    private PlusCalPrinter(boolean cSyntax) {
        this.c = cSyntax;
    }

    /** The algorithm text, from {@code --algorithm} to its end (without the comment delimiters). */
    public static String print(Algorithm a) {
        PlusCalPrinter p = new PlusCalPrinter(a.syntax() == Algorithm.Syntax.C);
        p.algorithm(a);
        return p.out.toString();
    }

    private void algorithm(Algorithm a) {
        out.text((a.fair() ? "--fair algorithm " : "--algorithm ") + a.name().text());
        if (c) {
            out.text(" {");
        }
        int in = 2;
        if (!a.variables().isEmpty()) {
            out.newline(in);
            varDecls(a.variables());
        }
        if (!a.definitions().isEmpty()) {
            out.newline(in).text(c ? "define {" : "define");
            for (Unit d : a.definitions()) {
                out.newline(in + 2);
                tla.unit(d);
            }
            out.newline(in).text(c ? "}" : "end define;");
        }
        for (Algorithm.Macro m : a.macros()) {
            out.newline(in).text("macro " + m.name().text() + "(" + names(m.params()) + ")");
            block(m.body(), in, "macro");
        }
        for (Algorithm.Procedure p : a.procedures()) {
            out.newline(in).text("procedure " + p.name().text() + "(");
            tla.sep(p.params(), ", ", this::varDecl);
            out.text(")");
            if (!p.locals().isEmpty()) {
                out.newline(in);
                varDecls(p.locals());
            }
            block(p.body(), in, "procedure");
        }
        for (Algorithm.Process p : a.processes()) {
            String fair = switch (p.fairness()) {
                case NONE -> "";
                case WEAK -> "fair ";
                case STRONG -> "fair+ ";
            };
            out.newline(in).text(fair + "process (" + p.name().text() + (p.set() ? " \\in " : " = "));
            tla.expr(p.id());
            out.text(")");
            if (!p.locals().isEmpty()) {
                out.newline(in);
                varDecls(p.locals());
            }
            block(p.body(), in, "process");
        }
        if (a.processes().isEmpty()) {
            if (c) {
                out.newline(in);
                block(a.body(), in, null);
            } else {
                out.newline(0).text("begin");
                stmts(a.body(), in);
            }
        }
        out.newline(0).text(c ? "}" : "end algorithm;");
    }

    private static String names(List<dev.lockstep.speclang.ast.Name> ns) {
        return String.join(", ", ns.stream().map(dev.lockstep.speclang.ast.Name::text).toList());
    }

    private void varDecls(List<Algorithm.VarDecl> vs) {
        out.text("variables ");
        tla.sep(vs, ", ", this::varDecl);
        out.text(";");
    }

    private void varDecl(Algorithm.VarDecl v) {
        out.text(v.name().text());
        if (v.init() != null) {
            out.text(v.set() ? " \\in " : " = ");
            tla.expr(v.init());
        }
    }

    /** A body: {@code begin ... end kind;} in P-syntax, {@code { ... }} in C-syntax. */
    private void block(List<Stmt> body, int in, String kind) {
        if (c) {
            out.text(" {");
            stmts(body, in + 2);
            out.newline(in).text("}");
        } else {
            out.newline(in).text("begin");
            stmts(body, in + 2);
            out.newline(in).text("end " + kind + ";");
        }
    }

    private void stmts(List<Stmt> ss, int in) {
        for (Stmt s : ss) {
            out.newline(in);
            stmt(s, in);
            out.text(";");
        }
    }

    private void inner(List<Stmt> ss, int in) {
        if (c) {
            out.text("{");
            stmts(ss, in + 2);
            out.newline(in).text("}");
        } else {
            stmts(ss, in + 2);
            out.newline(in);
        }
    }

    private void stmt(Stmt s, int in) {
        if (s instanceof Stmt.Labeled l) {
            out.text(l.label().text() + ":" + switch (l.modifier()) {
                case PLUS -> "+";
                case MINUS -> "-";
                default -> "";
            } + " ");
            stmt(l.stmt(), in);
        } else if (s instanceof Stmt.Assign a) {
            tla.sep(a.assignments(), " || ", as -> {
                out.text(as.variable().text());
                for (Expr.PathElement pe : as.path()) {
                    if (pe.field() != null) {
                        out.text("." + pe.field().text());
                    } else {
                        out.text("[");
                        tla.sep(pe.index(), ", ", tla::expr);
                        out.text("]");
                    }
                }
                out.text(" := ");
                tla.expr(as.value());
            });
        } else if (s instanceof Stmt.If i) {
            if (c) {
                out.text("if (");
                tla.expr(i.condition());
                out.text(") ");
                inner(i.then(), in);
                if (!i.otherwise().isEmpty()) {
                    out.text(" else ");
                    inner(i.otherwise(), in);
                }
            } else {
                out.text("if ");
                tla.expr(i.condition());
                out.text(" then");
                inner(i.then(), in);
                if (!i.otherwise().isEmpty()) {
                    out.text("else");
                    inner(i.otherwise(), in);
                }
                out.text("end if");
            }
        } else if (s instanceof Stmt.While w) {
            out.text(c ? "while (" : "while ");
            tla.expr(w.condition());
            out.text(c ? ") " : " do");
            inner(w.body(), in);
            if (!c) {
                out.text("end while");
            }
        } else if (s instanceof Stmt.Either e) {
            out.text(c ? "either " : "either");
            boolean first = true;
            for (List<Stmt> b : e.branches()) {
                if (!first) {
                    out.text(c ? " or " : "or");
                }
                inner(b, in);
                first = false;
            }
            if (!c) {
                out.text("end either");
            }
        } else if (s instanceof Stmt.With w) {
            out.text(c ? "with (" : "with ");
            tla.sep(w.bindings(), ", ", this::varDecl);
            out.text(c ? ") " : " do");
            inner(w.body(), in);
            if (!c) {
                out.text("end with");
            }
        } else if (s instanceof Stmt.Simple sm) {
            out.text(sm.kind().name().toLowerCase(java.util.Locale.ROOT) + " ");
            tla.expr(sm.expr());
        } else if (s instanceof Stmt.Keyword k) {
            out.text(k.kind() == Stmt.KeywordKind.SKIP ? "skip" : "return");
        } else if (s instanceof Stmt.Call call) {
            out.text((call.macro() ? "" : "call ") + call.target().text() + "(");
            tla.sep(call.args(), ", ", tla::expr);
            out.text(")");
        } else if (s instanceof Stmt.Goto g) {
            out.text("goto " + g.label().text());
        }
    }
}
