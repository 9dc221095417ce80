package dev.lockstep.speclang.ast;

import dev.lockstep.speclang.diag.SourceRange;
import java.util.List;

/** One top-level unit of a module (also the definitions of a LET or a PlusCal define block). */
public sealed interface Unit extends Node permits Module, Unit.Variables, Unit.Constants, Unit.Recursive,
        Unit.OperatorDef, Unit.FunctionDef, Unit.Instance, Unit.ModuleDef, Unit.Assumption, Unit.Theorem,
        Unit.UseOrHide {

    /** {@code VARIABLES x, y} */
    record Variables(List<Name> names, SourceRange range) implements Unit {
        public Variables {
            names = List.copyOf(names);
        }
    }

    /** {@code CONSTANTS N, F(_), _ ** _} */
    record Constants(List<OpDecl> decls, SourceRange range) implements Unit {
        public Constants {
            decls = List.copyOf(decls);
        }
    }

    /** {@code RECURSIVE F(_)} */
    record Recursive(List<OpDecl> decls, SourceRange range) implements Unit {
        public Recursive {
            decls = List.copyOf(decls);
        }
    }

    /**
     * An operator definition {@code F(x, G(_)) == body}, or in infix ({@code a ++ b == ...}), prefix
     * ({@code -. a == ...}) or postfix ({@code a ^+ == ...}) form, the fixity saying which.
     */
    record OperatorDef(boolean local, Name name, OpDecl.Fixity fixity, List<OpDecl> params, Expr body,
                       SourceRange range) implements Unit {
        public OperatorDef {
            params = List.copyOf(params);
        }
    }

    /** A function definition {@code f[x \in S, y \in T] == body}. */
    record FunctionDef(boolean local, Name name, List<Bound> bounds, Expr body, SourceRange range) implements Unit {
        public FunctionDef {
            bounds = List.copyOf(bounds);
        }
    }

    /** {@code INSTANCE M WITH p <- e, ...} */
    record Instance(boolean local, Name module, List<Substitution> substitutions, SourceRange range) implements Unit {
        public Instance {
            substitutions = List.copyOf(substitutions);
        }
    }

    /** A module definition {@code I(x) == INSTANCE M WITH ...}. */
    record ModuleDef(boolean local, Name name, List<OpDecl> params, Instance instance, SourceRange range)
            implements Unit {
        public ModuleDef {
            params = List.copyOf(params);
        }
    }

    /** {@code ASSUME}, {@code ASSUMPTION} or {@code AXIOM}, optionally named. */
    record Assumption(AssumptionKind kind, Name name, Expr body, SourceRange range) implements Unit {
    }

    /** A theorem (or lemma, proposition, corollary), optionally named, with an optional proof. */
    record Theorem(TheoremKind kind, Name name, Expr body, Proof proof, SourceRange range) implements Unit {
    }

    /** {@code USE} or {@code HIDE} facts and definitions. */
    record UseOrHide(boolean hide, boolean only, List<Expr> facts, List<Name> definitions, SourceRange range)
            implements Unit {
        public UseOrHide {
            facts = List.copyOf(facts);
            definitions = List.copyOf(definitions);
        }
    }

    /** Which keyword introduced an assumption. */
    enum AssumptionKind { ASSUME, ASSUMPTION, AXIOM }

    /** Which keyword introduced a theorem. */
    enum TheoremKind { THEOREM, LEMMA, PROPOSITION, COROLLARY }
}
