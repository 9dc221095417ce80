---------------------------- MODULE LibProofCounter ----------------------------
(***************************************************************************)
(* A bounded ticket dispenser with its safety proof for the TLA+ Proof     *)
(* System. TLC ignores the proofs and checks the same invariant on a       *)
(* model; the proofs cite TLAPS pragmas and NaturalsInduction.             *)
(***************************************************************************)
EXTENDS Naturals, TLAPS, NaturalsInduction

CONSTANT Max
ASSUME MaxNat == Max \in Nat

VARIABLES next, issued

vars == <<next, issued>>

Init == next = 0 /\ issued = {}

Issue == /\ next < Max
         /\ issued' = issued \cup {next}
         /\ next' = next + 1

Spec == Init /\ [][Issue]_vars

TypeOK == next \in 0..Max /\ issued \subseteq 0..(Max - 1)
Inv == TypeOK /\ issued = 0..(next - 1)

LEMMA InitInv == Init => Inv
  BY MaxNat DEF Init, Inv, TypeOK

LEMMA StepInv == Inv /\ [Issue]_vars => Inv'
  <1> SUFFICES ASSUME Inv, [Issue]_vars PROVE Inv'
      OBVIOUS
  <1>1. CASE Issue
        BY <1>1, MaxNat DEF Inv, TypeOK, Issue
  <1>2. CASE UNCHANGED vars
        BY <1>2 DEF Inv, TypeOK, vars
  <1>3. QED
        BY <1>1, <1>2

THEOREM Safety == Spec => []Inv
  BY InitInv, StepInv, PTL DEF Spec

\* every ticket below next was issued: an induction over the tickets
THEOREM AllIssued == Inv => \A n \in Nat : n < next => n \in issued
  <1> SUFFICES ASSUME Inv PROVE \A n \in Nat : n < next => n \in issued
      OBVIOUS
  <1> DEFINE P(n) == n < next => n \in issued
  <1>1. P(0)
        BY DEF Inv, TypeOK
  <1>2. \A n \in Nat : P(n) => P(n + 1)
        BY DEF Inv, TypeOK
  <1>3. QED
        BY <1>1, <1>2, NatInduction
==============================================================================
