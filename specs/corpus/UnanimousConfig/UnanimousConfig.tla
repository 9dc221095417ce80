---------------------------- MODULE UnanimousConfig ----------------------------
(***************************************************************************)
(* A configuration service changes the cluster's configuration only by     *)
(* unanimity. In each round every replica casts one ballot, a pair         *)
(* <<replica, version>>; once all ballots are in, the coordinator either  *)
(* installs the version, which every ballot must name (a \A over the      *)
(* ballot pairs that gives installed' its value), or abandons the round.  *)
(*                                                                         *)
(* Replica:   the replicas (model values)                                  *)
(* Versions:  the configuration versions a replica may propose             *)
(* MaxRounds: rounds before the service stops                              *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS Replica, Versions, MaxRounds

VARIABLES ballots, installed, round, installs

vars == <<ballots, installed, round, installs>>

TypeOK ==
    /\ ballots \subseteq Replica \X Versions
    /\ installed \in Versions \cup {0}
    /\ round \in 0..MaxRounds
    /\ installs \in 0..MaxRounds

Init ==
    /\ ballots = {}
    /\ installed = 0
    /\ round = 0
    /\ installs = 0

Voted(r) == \E b \in ballots : b[1] = r

AllIn == \A r \in Replica : Voted(r)

(* Replica r casts its ballot for version v in this round. *)
Propose(r, v) ==
    /\ round < MaxRounds
    /\ ~Voted(r)
    /\ ballots' = ballots \cup {<<r, v>>}
    /\ UNCHANGED <<installed, round, installs>>

(* Every ballot names the same version: it is installed. *)
Install ==
    /\ AllIn
    /\ \A <<r, v>> \in ballots : installed' = v
    /\ installs' = installs + 1
    /\ ballots' = {}
    /\ round' = round + 1

(* The round ends without a new configuration (no unanimity, or a timeout). *)
Abandon ==
    /\ AllIn
    /\ ballots' = {}
    /\ round' = round + 1
    /\ UNCHANGED <<installed, installs>>

Next ==
    \/ \E r \in Replica, v \in Versions : Propose(r, v)
    \/ Install
    \/ Abandon

Spec == Init /\ [][Next]_vars

\* One ballot per replica.
OneBallotEach == \A b, c \in ballots : b[1] = c[1] => b = c

\* A version is installed only in a round that ended.
InstallsCounted == installs <= round
=============================================================================
