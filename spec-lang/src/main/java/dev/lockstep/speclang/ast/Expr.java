package dev.lockstep.speclang.ast;

import dev.lockstep.speclang.diag.SourceRange;
import java.util.List;

/**
 * A TLA+ expression. Few node kinds, as in Apalache's IR: operator symbols and bracketed built-ins
 * are an {@link OpApp} with an {@link Operator}; binders share {@link Binder}; user-defined
 * operators, parameters and variables are {@link NameExpr}. Parentheses leave no node.
 */
public sealed interface Expr extends Node {

    /**
     * A reference to a name, applied or not: {@code x}, {@code F(a, b)}, an operator symbol passed as
     * an argument ({@code +}), a proof-step name ({@code <1>2}) in BY.
     */
    record NameExpr(Name name, List<Expr> args, SourceRange range) implements Expr {
        public NameExpr {
            args = List.copyOf(args);
        }
    }

    /** {@code base!selector(args)}: an instance-qualified name or a subexpression selector. */
    record Selector(Expr base, Name selector, List<Expr> args, SourceRange range) implements Expr {
        public Selector {
            args = List.copyOf(args);
        }
    }

    /** A number, string or Boolean literal, or one of the built-in sets BOOLEAN and STRING. */
    record Literal(LiteralKind kind, String text, SourceRange range) implements Expr {
    }

    /**
     * An operator applied to arguments (prefix, infix, postfix or a bracketed built-in);
     * {@code symbol} is where the operator's symbol is written (the whole range for a bracketed one).
     */
    record OpApp(Operator op, List<Expr> args, SourceRange range, SourceRange symbol) implements Expr {
        public OpApp {
            args = List.copyOf(args);
        }

        /** A bracketed built-in (a set, a tuple, IF, {@code [A]_v} ...): the symbol is the whole range. */
        public OpApp(Operator op, List<Expr> args, SourceRange range) {
            this(op, args, range, range);
        }
    }

    /**
     * A construct that binds variables: quantifiers, CHOOSE, the two set constructors, the function
     * constructor and LAMBDA. For {@link BinderKind#SET_MAP} the body is the element expression.
     */
    record Binder(BinderKind kind, List<Bound> bounds, Expr body, SourceRange range) implements Expr {
        public Binder {
            bounds = List.copyOf(bounds);
        }
    }

    /** A record {@code [a |-> e]} or a set of records {@code [a : S]}. */
    record Record(boolean set, List<Field> fields, SourceRange range) implements Expr {
        public Record {
            fields = List.copyOf(fields);
        }
    }

    /** One field of a {@link Record}. */
    record Field(Name name, Expr value) {
    }

    /** {@code record.field} */
    record FieldAccess(Expr record, Name field, SourceRange range) implements Expr {
    }

    /** {@code [f EXCEPT ![a].b = e, ...]} */
    record Except(Expr function, List<ExceptClause> clauses, SourceRange range) implements Expr {
        public Except {
            clauses = List.copyOf(clauses);
        }
    }

    /** One {@code !path = value} of an EXCEPT; each path element is a field name or index list. */
    record ExceptClause(List<PathElement> path, Expr value) {
        public ExceptClause {
            path = List.copyOf(path);
        }
    }

    /** {@code .field} (index null) or {@code [a, b]} (field null) in an EXCEPT path. */
    record PathElement(Name field, List<Expr> index) {
        public PathElement {
            index = index == null ? null : List.copyOf(index);
        }
    }

    /** {@code CASE p1 -> e1 [] p2 -> e2 [] OTHER -> e} ({@code other} may be null). */
    record Case(List<CaseArm> arms, Expr other, SourceRange range) implements Expr {
        public Case {
            arms = List.copyOf(arms);
        }
    }

    /** One arm of a CASE. */
    record CaseArm(Expr guard, Expr value) {
    }

    /** {@code LET defs IN body} */
    record Let(List<Unit> definitions, Expr body, SourceRange range) implements Expr {
        public Let {
            definitions = List.copyOf(definitions);
        }
    }

    /** A vertically aligned conjunction or disjunction list. */
    record Junction(JunctionKind kind, List<Expr> items, SourceRange range) implements Expr {
        public Junction {
            items = List.copyOf(items);
        }
    }

    /** A labelled expression {@code l(x) :: e}. */
    record Label(Name label, List<Name> params, Expr body, SourceRange range) implements Expr {
        public Label {
            params = List.copyOf(params);
        }
    }

    /** {@code ASSUME a, NEW x \in S PROVE g} in a theorem or proof step. */
    record AssumeProve(List<Expr> assumptions, Expr goal, SourceRange range) implements Expr {
        public AssumeProve {
            assumptions = List.copyOf(assumptions);
        }
    }

    /** {@code NEW CONSTANT x \in S} (set may be null) in an ASSUME list. */
    record NewSymbol(NewKind kind, OpDecl decl, Expr set, SourceRange range) implements Expr {
    }

    /** Stands where the parser recovered from an error; never in a module without errors. */
    record Error(SourceRange range) implements Expr {
    }

    /**
     * The expressions directly inside {@code e}, in source order: arguments, bounds' sets, bodies,
     * EXCEPT indices and values, CASE arms, the bodies of LET definitions (and their functions'
     * bounds' sets), ASSUME/PROVE parts; for walks that look at every subexpression.
     */
    static List<Expr> children(Expr e) {
        java.util.ArrayList<Expr> out = new java.util.ArrayList<>();
        if (e instanceof NameExpr n) {
            out.addAll(n.args());
        } else if (e instanceof Selector s) {
            out.add(s.base());
            out.addAll(s.args());
        } else if (e instanceof OpApp o) {
            out.addAll(o.args());
        } else if (e instanceof Binder b) {
            b.bounds().stream().map(Bound::set).forEach(out::add);
            out.add(b.body());
        } else if (e instanceof Record r) {
            r.fields().forEach(f -> out.add(f.value()));
        } else if (e instanceof FieldAccess f) {
            out.add(f.record());
        } else if (e instanceof Except x) {
            out.add(x.function());
            for (ExceptClause c : x.clauses()) {
                c.path().stream().filter(p -> p.index() != null).forEach(p -> out.addAll(p.index()));
                out.add(c.value());
            }
        } else if (e instanceof Case c) {
            c.arms().forEach(a -> {
                out.add(a.guard());
                out.add(a.value());
            });
            out.add(c.other());
        } else if (e instanceof Let l) {
            for (Unit u : l.definitions()) {
                if (u instanceof Unit.OperatorDef d) {
                    out.add(d.body());
                } else if (u instanceof Unit.FunctionDef f) {
                    f.bounds().stream().map(Bound::set).forEach(out::add);
                    out.add(f.body());
                }
            }
            out.add(l.body());
        } else if (e instanceof Junction j) {
            out.addAll(j.items());
        } else if (e instanceof Label l) {
            out.add(l.body());
        } else if (e instanceof AssumeProve ap) {
            out.addAll(ap.assumptions());
            out.add(ap.goal());
        } else if (e instanceof NewSymbol n) {
            out.add(n.set());
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    /** What a {@link Literal} is. */
    enum LiteralKind { NUMBER, DECIMAL, BINARY, OCTAL, HEX, STRING, TRUE, FALSE, BOOLEAN_SET, STRING_SET }

    /** What a {@link Binder} builds. */
    enum BinderKind { FORALL, EXISTS, TEMPORAL_FORALL, TEMPORAL_EXISTS, CHOOSE, SET_FILTER, SET_MAP, FUNCTION, LAMBDA }

    /** Conjunction or disjunction list. */
    enum JunctionKind { AND, OR }

    /** The level of a NEW symbol. */
    enum NewKind { CONSTANT, VARIABLE, STATE, ACTION, TEMPORAL }
}
