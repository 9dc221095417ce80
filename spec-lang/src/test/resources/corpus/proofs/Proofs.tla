---- MODULE Proofs ----
EXTENDS Naturals
CONSTANT N
ASSUME NAssump == N \in Nat
THEOREM T1 == N + 0 = N
  BY NAssump
THEOREM T2 == N = N
  OBVIOUS
THEOREM T3 == TRUE
  OMITTED
THEOREM T4 == \A k \in Nat : k + 0 = k
<1>1. TAKE k \in Nat
<1>2. k + 0 = k
  BY DEF NAssump
<1>3. QED
  BY <1>2
THEOREM T5 == N \in Nat => N >= 0
PROOF
<1>1. SUFFICES ASSUME N \in Nat PROVE N >= 0
  OBVIOUS
<1>2. CASE N = 0
  <2>1. N >= 0
    BY <1>2
  <2>2. QED
    BY <2>1
<1>3. CASE N > 0
  OBVIOUS
<1> DEFINE M == N + 1
<1>4. HAVE N \in Nat
<1> USE NAssump
<1> HIDE NAssump
<1>5. QED
  BY ONLY <1>2, <1>3 DEF M
THEOREM T6 == \E k \in Nat : k = 0
<1>1. WITNESS 0 \in Nat
<1>2. QED OBVIOUS
THEOREM T7 == \A k \in Nat : \E j \in Nat : j = k
<1>1. PICK j \in Nat : j = 0
  OBVIOUS
<*> QED OBVIOUS
USE NAssump DEF T1
HIDE DEF T1
====
