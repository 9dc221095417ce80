---- MODULE SymmetryCache ----
(* A write-invalidate cache among interchangeable processors. The processors are model values, *)
(* so the config can declare the symmetry set Perms == Permutations(Procs) and TLC checks one   *)
(* state per orbit.                                                                            *)
EXTENDS TLC
CONSTANTS Procs, Values
VARIABLES cache, memory
Perms == Permutations(Procs)
Init == cache = [p \in Procs |-> "none"] /\ memory \in Values
Read(p) == cache[p] = "none" /\ cache' = [cache EXCEPT ![p] = memory] /\ UNCHANGED memory
Write(p, v) == memory' = v /\ cache' = [q \in Procs |-> IF q = p THEN v ELSE "none"]
Evict(p) == cache[p] /= "none" /\ cache' = [cache EXCEPT ![p] = "none"] /\ UNCHANGED memory
Next == \E p \in Procs : Read(p) \/ Evict(p) \/ \E v \in Values : Write(p, v)
Coherent == \A p \in Procs : cache[p] \in {"none", memory}
====
