------------------------------ MODULE KVStore ------------------------------
(* A key-value store with versioned puts; a delete writes a tombstone.    *)
EXTENDS Naturals

CONSTANTS Key, Val, NoVal, MaxVersion

VARIABLES store, version

vars == <<store, version>>

KVTypeOK ==
  /\ store \in [Key -> Val \cup {NoVal}]
  /\ version \in [Key -> 0..MaxVersion]

KVInit == store = [k \in Key |-> NoVal] /\ version = [k \in Key |-> 0]

Put(k, v) ==
  /\ version[k] < MaxVersion
  /\ store' = [store EXCEPT ![k] = v]
  /\ version' = [version EXCEPT ![k] = @ + 1]

Delete(k) ==
  /\ store[k] # NoVal
  /\ version[k] < MaxVersion
  /\ store' = [store EXCEPT ![k] = NoVal]
  /\ version' = [version EXCEPT ![k] = @ + 1]

KVNext == \E k \in Key : Delete(k) \/ \E v \in Val : Put(k, v)
=============================================================================
