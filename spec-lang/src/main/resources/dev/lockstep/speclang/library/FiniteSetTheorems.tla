--------------------------- MODULE FiniteSetTheorems ---------------------------
(***************************************************************************)
(* Facts about finite sets and their cardinality, for the TLA+ Proof       *)
(* System. Written for Lockstep so that specs with proofs parse and can be *)
(* model-checked; TLC ignores the theorems and their omitted proofs.        *)
(***************************************************************************)
EXTENDS FiniteSets, Integers, TLAPS

THEOREM FS_EmptySet ==
    /\ IsFiniteSet({})
    /\ Cardinality({}) = 0
PROOF OMITTED

THEOREM FS_CardinalityType ==
    ASSUME NEW S, IsFiniteSet(S)
    PROVE  Cardinality(S) \in Nat
PROOF OMITTED

THEOREM FS_Singleton ==
    ASSUME NEW x
    PROVE  IsFiniteSet({x}) /\ Cardinality({x}) = 1
PROOF OMITTED

THEOREM FS_Interval ==
    ASSUME NEW a \in Int, NEW b \in Int
    PROVE  /\ IsFiniteSet(a..b)
           /\ Cardinality(a..b) = IF a > b THEN 0 ELSE b - a + 1
PROOF OMITTED

THEOREM FS_Subset ==
    ASSUME NEW S, IsFiniteSet(S), NEW T \in SUBSET S
    PROVE  /\ IsFiniteSet(T)
           /\ Cardinality(T) <= Cardinality(S)
           /\ Cardinality(S) = Cardinality(T) => S = T
PROOF OMITTED

THEOREM FS_AddElement ==
    ASSUME NEW S, IsFiniteSet(S), NEW x
    PROVE  /\ IsFiniteSet(S \cup {x})
           /\ Cardinality(S \cup {x}) = IF x \in S THEN Cardinality(S) ELSE Cardinality(S) + 1
PROOF OMITTED

THEOREM FS_RemoveElement ==
    ASSUME NEW S, IsFiniteSet(S), NEW x
    PROVE  /\ IsFiniteSet(S \ {x})
           /\ Cardinality(S \ {x}) = IF x \in S THEN Cardinality(S) - 1 ELSE Cardinality(S)
PROOF OMITTED

THEOREM FS_Union ==
    ASSUME NEW S, IsFiniteSet(S), NEW T, IsFiniteSet(T)
    PROVE  /\ IsFiniteSet(S \cup T)
           /\ Cardinality(S \cup T) = Cardinality(S) + Cardinality(T) - Cardinality(S \cap T)
PROOF OMITTED

THEOREM FS_Intersection ==
    ASSUME NEW S, IsFiniteSet(S), NEW T
    PROVE  IsFiniteSet(S \cap T) /\ IsFiniteSet(T \cap S) /\ IsFiniteSet(S \ T)
PROOF OMITTED

THEOREM FS_SUBSET ==
    ASSUME NEW S, IsFiniteSet(S)
    PROVE  /\ IsFiniteSet(SUBSET S)
           /\ Cardinality(SUBSET S) = 2 ^ Cardinality(S)
PROOF OMITTED

THEOREM FS_Induction ==
    ASSUME NEW S, IsFiniteSet(S), NEW P(_),
           P({}),
           ASSUME NEW T, NEW x, IsFiniteSet(T), P(T), x \notin T
           PROVE  P(T \cup {x})
    PROVE  P(S)
PROOF OMITTED

================================================================================
