----------------------------- MODULE LibProofQueue -----------------------------
(***************************************************************************)
(* A bounded FIFO channel between a producer and a consumer, with a type   *)
(* invariant proved for the TLA+ Proof System from the sequence, finite-set *)
(* and function theorems of the TLAPS library; TLC ignores the proofs and   *)
(* checks the same invariants.                                              *)
(***************************************************************************)
EXTENDS Naturals, Sequences, FiniteSets, Functions, TLAPS,
        SequenceTheorems, FiniteSetTheorems, FunctionTheorems, WellFoundedInduction

CONSTANTS Msgs, Cap
ASSUME CapNat == Cap \in Nat \ {0}

VARIABLES queue, received

vars == <<queue, received>>

Init == queue = <<>> /\ received = {}

Send(m) == /\ Len(queue) < Cap
           /\ m \notin received
           /\ queue' = Append(queue, m)
           /\ UNCHANGED received

Receive == /\ queue # <<>>
           /\ received' = received \cup {Head(queue)}
           /\ queue' = Tail(queue)

Next == Receive \/ \E m \in Msgs : Send(m)

Spec == Init /\ [][Next]_vars

TypeOK == /\ queue \in Seq(Msgs)
          /\ Len(queue) <= Cap
          /\ received \subseteq Msgs

LEMMA TypeInvariant == Spec => []TypeOK
  <1>1. Init => TypeOK
        BY EmptySeq DEF Init, TypeOK
  <1>2. TypeOK /\ [Next]_vars => TypeOK'
    <2> SUFFICES ASSUME TypeOK, [Next]_vars PROVE TypeOK'
        OBVIOUS
    <2>1. ASSUME NEW m \in Msgs, Send(m) PROVE TypeOK'
          BY <2>1, AppendProperties DEF Send, TypeOK
    <2>2. CASE Receive
          BY <2>2, HeadTailProperties DEF Receive, TypeOK
    <2>3. CASE UNCHANGED vars
          BY <2>3 DEF vars, TypeOK
    <2>4. QED
          BY <2>1, <2>2, <2>3 DEF Next
  <1>3. QED
        BY <1>1, <1>2, PTL DEF Spec

\* the messages seen are finite: a fact from FiniteSetTheorems, checked by TLC on the model
THEOREM ReceivedFinite == TypeOK /\ IsFiniteSet(Msgs) => IsFiniteSet(received)
  BY FS_Subset DEF TypeOK

InQueue == Range(queue)
SeenOrQueued == InQueue \subseteq Msgs
==============================================================================
