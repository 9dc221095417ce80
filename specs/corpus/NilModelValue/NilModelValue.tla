--------------------------- MODULE NilModelValue ---------------------------
(* A lock table: each resource is held by a process or by no one. "No one"  *)
(* is NIL, defined by CHOOSE and replaced by a model value in the model.   *)
CONSTANTS Proc, Resource

NIL == CHOOSE p : p \notin Proc

VARIABLES holder, waiting

vars == <<holder, waiting>>

TypeOK ==
  /\ holder \in [Resource -> Proc \cup {NIL}]
  /\ waiting \subseteq Proc \X Resource

Init == holder = [r \in Resource |-> NIL] /\ waiting = {}

Request(p, r) ==
  /\ <<p, r>> \notin waiting
  /\ holder[r] # p
  /\ waiting' = waiting \cup {<<p, r>>}
  /\ UNCHANGED holder

Grant(p, r) ==
  /\ <<p, r>> \in waiting
  /\ holder[r] = NIL
  /\ holder' = [holder EXCEPT ![r] = p]
  /\ waiting' = waiting \ {<<p, r>>}

Release(r) ==
  /\ holder[r] # NIL
  /\ holder' = [holder EXCEPT ![r] = NIL]
  /\ UNCHANGED waiting

Next == \E p \in Proc, r \in Resource : Request(p, r) \/ Grant(p, r) \/ Release(r)

Spec == Init /\ [][Next]_vars

NoSelfWait == \A r \in Resource : holder[r] # NIL => <<holder[r], r>> \notin waiting
=============================================================================
