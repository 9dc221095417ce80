---- MODULE RacyCounter ----
(* Threads increment a shared counter by reading it and writing back read+1 in two steps: a *)
(* lost update. The invariant that the counter equals the finished increments fails (exit 12). *)
EXTENDS Naturals
CONSTANT Threads
VARIABLES counter, local, pc, done
Init == counter = 0 /\ local = [t \in Threads |-> 0] /\ pc = [t \in Threads |-> "read"] /\ done = 0
Read(t) == pc[t] = "read" /\ local' = [local EXCEPT ![t] = counter] /\ pc' = [pc EXCEPT ![t] = "write"]
           /\ UNCHANGED <<counter, done>>
Write(t) == pc[t] = "write" /\ counter' = local[t] + 1 /\ pc' = [pc EXCEPT ![t] = "end"] /\ done' = done + 1
            /\ UNCHANGED local
Next == \E t \in Threads : Read(t) \/ Write(t)
NoLostUpdate == counter = done
====
