------------------------------ MODULE CachedKV ------------------------------
(* A read-through cache in front of the store, the store instantiated with *)
(* its own variables.                                                     *)
EXTENDS Naturals

CONSTANTS Key, Val, NoVal

VARIABLES store, version, cache

KV == INSTANCE KVStore WITH MaxVersion <- 2

vars == <<store, version, cache>>

Init == KV!KVInit /\ cache = [k \in Key |-> NoVal]

Write(k, v) == KV!Put(k, v) /\ cache' = [cache EXCEPT ![k] = NoVal]
Remove(k) == KV!Delete(k) /\ cache' = [cache EXCEPT ![k] = NoVal]
Fill(k) == cache[k] = NoVal /\ store[k] # NoVal /\ cache' = [cache EXCEPT ![k] = store[k]] /\ UNCHANGED <<store, version>>

Next == \E k \in Key : Remove(k) \/ Fill(k) \/ \E v \in Val : Write(k, v)

Spec == Init /\ [][Next]_vars

CacheCoherent == \A k \in Key : cache[k] # NoVal => cache[k] = store[k]
TypeOK == KV!KVTypeOK /\ cache \in [Key -> Val \cup {NoVal}]
=============================================================================
