---------------------------- MODULE TokenBucket ----------------------------
(* A rate limiter: a bucket refills one token per tick up to its capacity; *)
(* each admitted request takes a token, others are rejected and counted.   *)
EXTENDS Naturals

CONSTANTS Capacity, MaxRejected

VARIABLES tokens, admitted, rejected

vars == <<tokens, admitted, rejected>>

TypeOK == tokens \in 0..Capacity /\ admitted \in Nat /\ rejected \in 0..MaxRejected

Init == tokens = Capacity /\ admitted = 0 /\ rejected = 0

Refill == tokens < Capacity /\ tokens' = tokens + 1 /\ UNCHANGED <<admitted, rejected>>
Admit == tokens > 0 /\ admitted < 4 /\ tokens' = tokens - 1 /\ admitted' = admitted + 1 /\ UNCHANGED rejected
Reject == tokens = 0 /\ rejected < MaxRejected /\ rejected' = rejected + 1 /\ UNCHANGED <<tokens, admitted>>
Reset == admitted = 4 /\ admitted' = 0 /\ UNCHANGED <<tokens, rejected>>

Next == Refill \/ Admit \/ Reject \/ Reset

Spec == Init /\ [][Next]_vars

NeverOverdrawn == tokens <= Capacity
=============================================================================
