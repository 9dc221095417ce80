---- MODULE LedgerNoHash ----
(* A ledger whose blocks link to the previous block's hash, starting from NoHash. The config    *)
(* scopes two entries to the instantiated module Hashes: an assignment of a model value to the  *)
(* definition NoHash, and a substitution of MaxChain by this module's ShortChain.               *)
EXTENDS Naturals, Sequences
CONSTANT Hash
VARIABLE chain
H == INSTANCE Hashes
ShortChain == 2
Init == chain = << H!NoHash >>
Link(h) == /\ Len(chain) <= H!MaxChain
             /\ h \notin {chain[i] : i \in 1..Len(chain)}
             /\ chain' = Append(chain, h)
Next == \E h \in Hash : Link(h)
LinksAreHashes == \A i \in 2..Len(chain) : chain[i] \in Hash
StartsFromNoHash == chain[1] = H!NoHash /\ H!NoHash \notin Hash
Bounded == Len(chain) <= H!MaxChain + 1
====
