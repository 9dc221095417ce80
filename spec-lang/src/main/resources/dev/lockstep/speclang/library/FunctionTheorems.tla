--------------------------- MODULE FunctionTheorems ---------------------------
(***************************************************************************)
(* Facts about functions and the operators of the module Functions, for    *)
(* the TLA+ Proof System. Written for Lockstep so that specs with proofs   *)
(* parse and can be model-checked; TLC ignores the theorems and their      *)
(* omitted proofs.                                                          *)
(***************************************************************************)
EXTENDS Functions, Naturals, TLAPS

THEOREM Fun_RangeProperties ==
    ASSUME NEW S, NEW T, NEW f \in [S -> T]
    PROVE  /\ Range(f) \subseteq T
           /\ \A y \in Range(f) : \E x \in S : f[x] = y
           /\ f \in Surjection(S, Range(f))
PROOF OMITTED

THEOREM Fun_InjectionProperties ==
    ASSUME NEW S, NEW T, NEW f \in Injection(S, T)
    PROVE  /\ f \in [S -> T]
           /\ \A a, b \in S : f[a] = f[b] => a = b
PROOF OMITTED

THEOREM Fun_BijectionProperties ==
    ASSUME NEW S, NEW T, NEW f \in Bijection(S, T)
    PROVE  /\ f \in Injection(S, T)
           /\ f \in Surjection(S, T)
           /\ Range(f) = T
PROOF OMITTED

THEOREM Fun_IsBij ==
    ASSUME NEW S, NEW T, NEW f \in [S -> T]
    PROVE  f \in Bijection(S, T) <=> IsBijection(f, S, T)
PROOF OMITTED

THEOREM Fun_ExistsBijSymmetric ==
    ASSUME NEW S, NEW T, ExistsBijection(S, T)
    PROVE  ExistsBijection(T, S)
PROOF OMITTED

THEOREM Fun_ExistsBijTransitive ==
    ASSUME NEW S, NEW T, NEW U, ExistsBijection(S, T), ExistsBijection(T, U)
    PROVE  ExistsBijection(S, U)
PROOF OMITTED

THEOREM Fun_NatBijEmpty ==
    ASSUME NEW S
    PROVE  ExistsBijection(1..0, S) <=> S = {}
PROOF OMITTED

================================================================================
