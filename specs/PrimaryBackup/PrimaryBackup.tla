--------------------------- MODULE PrimaryBackup ---------------------------
(***************************************************************************)
(* Primary-backup replication that runs forever. Clients write to the      *)
(* primary (a version counter); the primary ships versions to each backup  *)
(* over a lossy network, one message per backup and version; a backup      *)
(* applies the next version it expects; the primary commits the versions   *)
(* every backup has applied. At most Window versions are uncommitted, so   *)
(* states stay small however long the behaviour (the version numbers       *)
(* grow). Messages carry versions modulo Slots (sequence numbers that      *)
(* wrap, as real protocols use), so TLC can split Apply and Lose into one  *)
(* action per backup and slot.                                             *)
(*                                                                         *)
(* Constants: Backup, the backups (model values); Window, the most         *)
(* uncommitted versions; MaxVersion, a bound for model checking only: the  *)
(* cfg's CONSTRAINT VersionBound stops TLC's search there (past one wrap   *)
(* of the slots), so `lockstep check` is finite. Behaviours themselves are *)
(* unbounded: `lockstep validate` ignores CONSTRAINT, and bench/validate   *)
(* checks million-event logs of this spec. Checked: TypeOK.                *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS Backup, Window, MaxVersion

VARIABLES version, applied, inflight, committed

vars == <<version, applied, inflight, committed>>

Slots == 2 * Window + 1
Slot(v) == v % Slots

Init == /\ version = 0
        /\ applied = [b \in Backup |-> 0]
        /\ inflight = {}
        /\ committed = 0

Write == /\ version - committed < Window
         /\ version' = version + 1
         /\ UNCHANGED <<applied, inflight, committed>>

Replicate(b) == /\ applied[b] < version
                /\ [to |-> b, v |-> Slot(applied[b] + 1)] \notin inflight
                /\ inflight' = inflight \cup {[to |-> b, v |-> Slot(applied[b] + 1)]}
                /\ UNCHANGED <<version, applied, committed>>

Apply(b, v) == /\ [to |-> b, v |-> v] \in inflight
               /\ v = Slot(applied[b] + 1)
               /\ applied' = [applied EXCEPT ![b] = @ + 1]
               /\ inflight' = inflight \ {[to |-> b, v |-> v]}
               /\ UNCHANGED <<version, committed>>

Lose(b, v) == /\ [to |-> b, v |-> v] \in inflight
              /\ inflight' = inflight \ {[to |-> b, v |-> v]}
              /\ UNCHANGED <<version, applied, committed>>

Commit == LET low == CHOOSE x \in {applied[b] : b \in Backup} : \A b \in Backup : x <= applied[b]
          IN  /\ low > committed
              /\ committed' = low
              /\ UNCHANGED <<version, applied, inflight>>

Next == \/ Write
        \/ \E b \in Backup : Replicate(b)
        \/ \E b \in Backup, v \in 0 .. (Slots - 1) : Apply(b, v) \/ Lose(b, v)
        \/ Commit

Spec == Init /\ [][Next]_vars

\* Model checking only (CONSTRAINT in the cfg): the version counter grows forever.
VersionBound == version <= MaxVersion

TypeOK == /\ version \in Nat /\ committed \in Nat /\ committed <= version
          /\ applied \in [Backup -> Nat]
          /\ \A m \in inflight : m.v \in 0 .. (Slots - 1)
=============================================================================
