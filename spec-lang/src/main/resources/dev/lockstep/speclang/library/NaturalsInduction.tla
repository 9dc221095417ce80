--------------------------- MODULE NaturalsInduction ---------------------------
(***************************************************************************)
(* Induction over the natural numbers and functions defined by recursion  *)
(* on them, as theorems for the TLA+ Proof System. Written for Lockstep so *)
(* that specs with proofs parse and can be model-checked; TLC ignores the  *)
(* theorems and their omitted proofs.                                       *)
(***************************************************************************)
EXTENDS Integers, TLAPS

THEOREM NatInduction ==
    ASSUME NEW P(_),
           P(0),
           \A n \in Nat : P(n) => P(n + 1)
    PROVE  \A n \in Nat : P(n)
PROOF OMITTED

THEOREM DownwardNatInduction ==
    ASSUME NEW P(_), NEW m \in Nat,
           P(m),
           \A n \in 1..m : P(n) => P(n - 1)
    PROVE  P(0)
PROOF OMITTED

THEOREM GeneralNatInduction ==
    ASSUME NEW P(_),
           \A n \in Nat : (\A m \in 0..(n - 1) : P(m)) => P(n)
    PROVE  \A n \in Nat : P(n)
PROOF OMITTED

THEOREM SmallestNatural ==
    ASSUME NEW P(_), NEW n \in Nat, P(n)
    PROVE  \E m \in Nat : /\ P(m)
                          /\ \A k \in 0..(m - 1) : ~ P(k)
PROOF OMITTED

THEOREM RecursiveFcnOfNat ==
    ASSUME NEW Def(_, _),
           ASSUME NEW n \in Nat, NEW g, NEW h,
                  \A i \in 0..(n - 1) : g[i] = h[i]
           PROVE  Def(g, n) = Def(h, n)
    PROVE  LET f[n \in Nat] == Def(f, n)
           IN  f = [n \in Nat |-> Def(f, n)]
PROOF OMITTED

(* A function f on Nat defined by f[0] = f0 and f[n] = Def(f[n-1], n). *)
NatInductiveDefHypothesis(f, f0, Def(_, _)) ==
    f = CHOOSE g : g = [i \in Nat |-> IF i = 0 THEN f0 ELSE Def(g[i - 1], i)]

NatInductiveDefConclusion(f, f0, Def(_, _)) ==
    f = [i \in Nat |-> IF i = 0 THEN f0 ELSE Def(f[i - 1], i)]

THEOREM NatInductiveDef ==
    ASSUME NEW Def(_, _), NEW f0, NEW f,
           NatInductiveDefHypothesis(f, f0, Def)
    PROVE  NatInductiveDefConclusion(f, f0, Def)
PROOF OMITTED

================================================================================
