------------------------- MODULE ChainReplication -------------------------
(* Chain replication: writes enter at the head and propagate down a fixed  *)
(* chain (a sequence of servers); reads are served by the tail.            *)
EXTENDS Naturals, Sequences

CONSTANTS Chain, MaxWrites

VARIABLES stored, written, lastRead

vars == <<stored, written, lastRead>>

Servers == {Chain[i] : i \in 1..Len(Chain)}
TailServer == Chain[Len(Chain)]

MCChain == <<"head", "middle", "tail">>

TypeOK ==
  /\ stored \in [Servers -> 0..MaxWrites]
  /\ written \in 0..MaxWrites
  /\ lastRead \in 0..MaxWrites

Init == stored = [s \in Servers |-> 0] /\ written = 0 /\ lastRead = 0

Write == written < MaxWrites /\ written' = written + 1
         /\ stored' = [stored EXCEPT ![Chain[1]] = written + 1] /\ UNCHANGED lastRead

Propagate(i) ==
  /\ i \in 1..(Len(Chain) - 1)
  /\ stored[Chain[i]] > stored[Chain[i + 1]]
  /\ stored' = [stored EXCEPT ![Chain[i + 1]] = stored[Chain[i]]]
  /\ UNCHANGED <<written, lastRead>>

Read == lastRead' = stored[TailServer] /\ UNCHANGED <<stored, written>>

Next == Write \/ Read \/ \E i \in 1..(Len(Chain) - 1) : Propagate(i)

Spec == Init /\ [][Next]_vars

TailIsBehind == \A s \in Servers : stored[TailServer] <= stored[s]
=============================================================================
