---------------------------- MODULE LeaseMessages ----------------------------
(***************************************************************************)
(* A lease server and its clients talk over a network that may reorder     *)
(* messages. The messages are a union of record sets told apart by their   *)
(* "type" field; the type invariant has a project-specific name and is     *)
(* found only because the configuration lists it.                          *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS Client, MaxTerm

VARIABLES net, term, granted

vars == <<net, term, granted>>

Msg ==
         [type : {"acquire"}, from : Client]
    \cup [type : {"grant"}, to : Client, term : 1..MaxTerm]
    \cup [type : {"release"}, from : Client, term : 1..MaxTerm]
    \cup [type : {"reset", "shutdown"}]

LMTypeOK ==
    /\ net \subseteq Msg
    /\ term \in 0..MaxTerm
    /\ granted \in SUBSET Client

Init ==
    /\ net = {}
    /\ term = 0
    /\ granted = {}

Acquire(c) ==
    /\ c \notin granted
    /\ [type |-> "acquire", from |-> c] \notin net
    /\ net' = net \cup {[type |-> "acquire", from |-> c]}
    /\ UNCHANGED <<term, granted>>

Grant(m) ==
    /\ m.type = "acquire"
    /\ granted = {}
    /\ term < MaxTerm
    /\ term' = term + 1
    /\ granted' = {m.from}
    /\ net' = (net \ {m}) \cup {[type |-> "grant", to |-> m.from, term |-> term + 1]}

Release(m) ==
    /\ m.type = "grant"
    /\ net' = (net \ {m}) \cup {[type |-> "release", from |-> m.to, term |-> m.term]}
    /\ UNCHANGED <<term, granted>>

Freed(m) ==
    /\ m.type = "release"
    /\ m.term = term
    /\ granted' = granted \ {m.from}
    /\ net' = net \ {m}
    /\ UNCHANGED term

Reset ==
    /\ term = MaxTerm
    /\ granted = {}
    /\ [type |-> "reset"] \notin net
    /\ net' = net \cup {[type |-> "reset"]}
    /\ UNCHANGED <<term, granted>>

Next ==
    \/ \E c \in Client : Acquire(c)
    \/ \E m \in net : Grant(m) \/ Release(m) \/ Freed(m)
    \/ Reset

Spec == Init /\ [][Next]_vars

AtMostOneHolder == \A c, d \in granted : c = d

GrantsMatchTerm == \A m \in net : m.type = "grant" => m.term <= term
=============================================================================
