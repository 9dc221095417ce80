package dev.lockstep.speclang.ast;

import dev.lockstep.speclang.diag.SourceRange;
import java.util.List;
import java.util.function.Consumer;

/** A PlusCal statement. A label is a {@link Labeled} wrapper around the statement it names. */
public sealed interface Stmt extends Node {

    /** The statement lists directly inside this one: a label's statement, an if's two branches, a loop's body, ... */
    default List<List<Stmt>> nested() {
        if (this instanceof Labeled l) {
            return List.of(List.of(l.stmt()));
        }
        if (this instanceof If i) {
            return List.of(i.then(), i.otherwise());
        }
        if (this instanceof While w) {
            return List.of(w.body());
        }
        if (this instanceof Either e) {
            return e.branches();
        }
        if (this instanceof With w) {
            return List.of(w.body());
        }
        return List.of();
    }

    /** Visits {@code s}, then every statement inside it, in source order. */
    static void walk(Stmt s, Consumer<Stmt> visit) {
        visit.accept(s);
        s.nested().forEach(list -> list.forEach(x -> walk(x, visit)));
    }

    /** {@code l: stmt}, {@code l:+ stmt} or {@code l:- stmt}. */
    record Labeled(Name label, LabelModifier modifier, Stmt stmt, SourceRange range) implements Stmt {
    }

    /** {@code x := e || y[i] := f}. */
    record Assign(List<Assignment> assignments, SourceRange range) implements Stmt {
        public Assign {
            assignments = List.copyOf(assignments);
        }
    }

    /** One {@code lhs := value}; the left side is a variable with index and field accesses. */
    record Assignment(Name variable, List<Expr.PathElement> path, Expr value) {
        public Assignment {
            path = List.copyOf(path);
        }
    }

    /** {@code if/elsif/else} (elsif arms are nested Ifs in the else branch). */
    record If(Expr condition, List<Stmt> then, List<Stmt> otherwise, SourceRange range) implements Stmt {
        public If {
            then = List.copyOf(then);
            otherwise = List.copyOf(otherwise);
        }
    }

    /** {@code while c do ... end while}. */
    record While(Expr condition, List<Stmt> body, SourceRange range) implements Stmt {
        public While {
            body = List.copyOf(body);
        }
    }

    /** {@code either ... or ... end either}. */
    record Either(List<List<Stmt>> branches, SourceRange range) implements Stmt {
        public Either {
            branches = branches.stream().map(List::copyOf).toList();
        }
    }

    /** {@code with x \in S, y = e do ... end with}. */
    record With(List<Algorithm.VarDecl> bindings, List<Stmt> body, SourceRange range) implements Stmt {
        public With {
            bindings = List.copyOf(bindings);
            body = List.copyOf(body);
        }
    }

    /** {@code await e}, {@code when e}, {@code print e}, {@code assert e}. */
    record Simple(SimpleKind kind, Expr expr, SourceRange range) implements Stmt {
    }

    /** {@code skip}, {@code return}. */
    record Keyword(KeywordKind kind, SourceRange range) implements Stmt {
    }

    /** {@code call P(args)} ({@code macro} false) or a macro call {@code M(args)} ({@code macro} true). */
    record Call(Name target, List<Expr> args, boolean macro, SourceRange range) implements Stmt {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code goto l}. */
    record Goto(Name label, SourceRange range) implements Stmt {
    }

    /** The label suffix. */
    enum LabelModifier { NONE, PLUS, MINUS }

    /** Statements with one expression. */
    enum SimpleKind { AWAIT, WHEN, PRINT, ASSERT }

    /** Statements with none. */
    enum KeywordKind { SKIP, RETURN }
}
