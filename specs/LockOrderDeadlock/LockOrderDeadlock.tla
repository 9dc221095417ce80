--------------------------- MODULE LockOrderDeadlock ---------------------------
(***************************************************************************)
(* BUGGY distributed locking (refuted by TLC: deadlock).                   *)
(* Each client needs every lock of a lock server to do its work. It        *)
(* acquires free locks one at a time in ANY order and holds on to what it  *)
(* has while it waits for the rest; after working it releases them all.    *)
(* Mutual exclusion holds, but two clients can each hold a lock the other  *)
(* waits for: a circular wait in which no step is possible. TLC reports    *)
(* it because deadlock checking is on (the default); with                  *)
(* CHECK_DEADLOCK FALSE the model would pass. The fix is a global lock     *)
(* order (or all-or-nothing acquisition).                                  *)
(*                                                                         *)
(* Constants:                                                              *)
(*   Client  the clients (model values, e.g. {c1, c2}).                    *)
(*   Lock    the locks every client needs (model values, e.g. {l1, l2}).   *)
(*   Free    a model value: the lock is held by nobody.                    *)
(*                                                                         *)
(* Checked: TypeOK and WorkerHoldsAll (both hold); deadlock -- found       *)
(* (TLC exit code 11).                                                     *)
(***************************************************************************)
CONSTANTS Client, Lock, Free

ASSUME Free \notin Client

VARIABLES
    owner,  \* owner[l]: the client holding lock l, or Free
    phase   \* phase[c]: "acquiring" or "working"

vars == <<owner, phase>>

TypeOK ==
    /\ owner \in [Lock -> Client \cup {Free}]
    /\ phase \in [Client -> {"acquiring", "working"}]

Init ==
    /\ owner = [l \in Lock |-> Free]
    /\ phase = [c \in Client |-> "acquiring"]

Holds(c) == {l \in Lock : owner[l] = c}

(* Client c takes a free lock, whichever one. *)
Acquire(c, l) ==
    /\ phase[c] = "acquiring"
    /\ owner[l] = Free
    /\ owner' = [owner EXCEPT ![l] = c]
    /\ UNCHANGED phase

(* With every lock in hand, client c starts working. *)
StartWork(c) ==
    /\ phase[c] = "acquiring"
    /\ Holds(c) = Lock
    /\ phase' = [phase EXCEPT ![c] = "working"]
    /\ UNCHANGED owner

(* Client c finishes its work and releases every lock. *)
Finish(c) ==
    /\ phase[c] = "working"
    /\ owner' = [l \in Lock |-> IF owner[l] = c THEN Free ELSE owner[l]]
    /\ phase' = [phase EXCEPT ![c] = "acquiring"]

Next ==
    \/ \E c \in Client, l \in Lock : Acquire(c, l)
    \/ \E c \in Client : StartWork(c)
    \/ \E c \in Client : Finish(c)

Spec == Init /\ [][Next]_vars

-----------------------------------------------------------------------------
(* Properties *)

WorkerHoldsAll == \A c \in Client : phase[c] = "working" => Holds(c) = Lock
=============================================================================
