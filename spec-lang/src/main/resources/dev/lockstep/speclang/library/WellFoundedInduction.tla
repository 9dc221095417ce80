-------------------------- MODULE WellFoundedInduction --------------------------
(***************************************************************************)
(* Well-founded relations and induction over them, for the TLA+ Proof      *)
(* System. A relation R on S is a set of pairs <<x, y>> (x is below y).    *)
(* Written for Lockstep so that specs with proofs parse and can be         *)
(* model-checked; TLC ignores the theorems and their omitted proofs.        *)
(***************************************************************************)
EXTENDS Naturals, TLAPS

(* The relation on S that the infix operator \prec describes. *)
OpToRel(_\prec_, S) == {ss \in S \X S : ss[1] \prec ss[2]}

(* Whether every non-empty subset of S has an R-minimal element. *)
IsWellFoundedOn(R, S) ==
    ~ \E f \in [Nat -> S] : \A n \in Nat : <<f[n + 1], f[n]>> \in R

(* The elements of S below x. *)
SetLessThan(x, R, S) == {y \in S : <<y, x>> \in R}

THEOREM WFInduction ==
    ASSUME NEW P(_), NEW R, NEW S,
           IsWellFoundedOn(R, S),
           \A x \in S : (\A y \in SetLessThan(x, R, S) : P(y)) => P(x)
    PROVE  \A x \in S : P(x)
PROOF OMITTED

THEOREM NatLessThanWellFounded == IsWellFoundedOn(OpToRel(<, Nat), Nat)
PROOF OMITTED

(* Whether f on S is determined by Def from its values below each x. *)
WFDefOn(R, S, Def(_, _)) ==
    \A g, h : \A x \in S :
        (\A y \in SetLessThan(x, R, S) : g[y] = h[y]) => Def(g, x) = Def(h, x)

OpDefinedByWFOn(F(_), R, S, Def(_, _)) ==
    \A x \in S : F(x) = Def([y \in SetLessThan(x, R, S) |-> F(y)], x)

FcnDefinedByWFOn(f, R, S, Def(_, _)) == f = [x \in S |-> Def(f, x)]

THEOREM WFDefOnUnique ==
    ASSUME NEW R, NEW S, NEW Def(_, _), NEW f, NEW g,
           IsWellFoundedOn(R, S), WFDefOn(R, S, Def),
           FcnDefinedByWFOn(f, R, S, Def), FcnDefinedByWFOn(g, R, S, Def)
    PROVE  f = g
PROOF OMITTED

================================================================================
