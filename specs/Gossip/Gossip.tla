-------------------------------- MODULE Gossip --------------------------------
(***************************************************************************)
(* Push-pull anti-entropy gossip, in PlusCal (C-syntax). Every node first  *)
(* learns one rumour of its own (its own id) and then runs gossip rounds   *)
(* forever: in each round it exchanges knowledge with every other node, in *)
(* any order, both sides keeping the union of what the two knew (a         *)
(* grow-only set, so merging is safe in any order). Visiting every peer    *)
(* once per round is what makes convergence certain under weak fairness;   *)
(* with a random peer per step a node could keep picking the same one.     *)
(*                                                                         *)
(* Constants:                                                              *)
(*   Node  the nodes (model values, e.g. {n1, n2, n3}).                    *)
(*                                                                         *)
(* Checked: TypeOK; OnlyRealRumours (nodes know only rumours that some     *)
(* node started); KnowsOwn (a node that started its rumour keeps it).      *)
(* Liveness (fair processes): Convergence -- eventually every node knows   *)
(* every rumour, forever.                                                  *)
(***************************************************************************)
EXTENDS FiniteSets

CONSTANT Node

(* --algorithm Gossip {
    variables
        known = [n \in Node |-> {}],   \* the rumours each node knows
        started = {};                  \* nodes that started their rumour

    fair process (N \in Node)
        variables toVisit = Node \ {self};   \* peers left in this round
    {
    Start:
        known[self] := known[self] \cup {self};
        started := started \cup {self};
    Round:
        while (TRUE) {
            with (p \in toVisit) {
                known[self] := known[self] \cup known[p] ||
                known[p] := known[p] \cup known[self];
                toVisit := IF toVisit = {p} THEN Node \ {self} ELSE toVisit \ {p};
            }
        }
    }
} *)
\* BEGIN TRANSLATION (chksum(pcal) = "6973f76" /\ chksum(tla) = "1fffd0d4")
VARIABLES known, started, pc, toVisit

vars == << known, started, pc, toVisit >>

ProcSet == (Node)

Init == (* Global variables *)
        /\ known = [n \in Node |-> {}]
        /\ started = {}
        (* Process N *)
        /\ toVisit = [self \in Node |-> Node \ {self}]
        /\ pc = [self \in ProcSet |-> "Start"]

Start(self) == /\ pc[self] = "Start"
               /\ known' = [known EXCEPT ![self] = known[self] \cup {self}]
               /\ started' = (started \cup {self})
               /\ pc' = [pc EXCEPT ![self] = "Round"]
               /\ UNCHANGED toVisit

Round(self) == /\ pc[self] = "Round"
               /\ \E p \in toVisit[self]:
                    /\ known' = [known EXCEPT ![self] = known[self] \cup known[p],
                                              ![p] = known[p] \cup known[self]]
                    /\ toVisit' = [toVisit EXCEPT ![self] = IF toVisit[self] = {p} THEN Node \ {self} ELSE toVisit[self] \ {p}]
               /\ pc' = [pc EXCEPT ![self] = "Round"]
               /\ UNCHANGED started

N(self) == Start(self) \/ Round(self)

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == /\ \A self \in ProcSet: pc[self] = "Done"
               /\ UNCHANGED vars

Next == (\E self \in Node: N(self))
           \/ Terminating

Spec == /\ Init /\ [][Next]_vars
        /\ \A self \in Node : WF_vars(N(self))

Termination == <>(\A self \in ProcSet: pc[self] = "Done")

\* END TRANSLATION 

-----------------------------------------------------------------------------
(* Properties (outside the translation, so re-translating keeps them) *)

TypeOK ==
    /\ known \in [Node -> SUBSET Node]
    /\ started \in SUBSET Node
    /\ pc \in [Node -> {"Start", "Round"}]
    /\ toVisit \in [Node -> SUBSET Node]

OnlyRealRumours == \A n \in Node : known[n] \subseteq started

KnowsOwn == \A n \in started : n \in known[n]

Convergence == <>[](\A n \in Node : known[n] = Node)

=============================================================================
