---------------------------- MODULE NilLeaderVote ----------------------------
(***************************************************************************)
(* Servers vote for a leader. "No value" is spelt the ways real specs      *)
(* spell it: a model value Nil beside a set (Server \cup {Nil}), a model   *)
(* value None in front of one ({None} \cup Server), an optional number,    *)
(* and a record whose "kind" says whether a value is there.                *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets

CONSTANTS Server, Nil, None

VARIABLES leader, votedFor, lastTerm, decision

Decision == [kind : {"none"}] \cup [kind : {"some"}, val : Server]

TypeOK ==
    /\ leader \in Server \cup {Nil}
    /\ votedFor \in [Server -> {None} \cup Server]
    /\ lastTerm \in (0..2) \cup {Nil}
    /\ decision \in Decision

Init ==
    /\ leader = Nil
    /\ votedFor = [s \in Server |-> None]
    /\ lastTerm = Nil
    /\ decision = [kind |-> "none"]

Vote(s, c) ==
    /\ votedFor[s] = None
    /\ votedFor' = [votedFor EXCEPT ![s] = c]
    /\ UNCHANGED <<leader, lastTerm, decision>>

Elected(c) ==
    /\ leader = Nil
    /\ 2 * Cardinality({s \in Server : votedFor[s] = c}) > Cardinality(Server)
    /\ leader' = c
    /\ lastTerm' = IF lastTerm = Nil THEN 0 ELSE lastTerm + 1
    /\ decision' = [kind |-> "some", val |-> c]
    /\ UNCHANGED votedFor

StepDown ==
    /\ leader # Nil
    /\ lastTerm # Nil
    /\ lastTerm < 2
    /\ leader' = Nil
    /\ votedFor' = [s \in Server |-> None]
    /\ decision' = [kind |-> "none"]
    /\ UNCHANGED lastTerm

Timeout ==
    /\ leader = Nil
    /\ \A s \in Server : votedFor[s] # None
    /\ votedFor' = [s \in Server |-> None]
    /\ UNCHANGED <<leader, lastTerm, decision>>

Next ==
    \/ \E s, c \in Server : Vote(s, c)
    \/ \E c \in Server : Elected(c)
    \/ StepDown
    \/ Timeout

Spec == Init /\ [][Next]_<<leader, votedFor, lastTerm, decision>>

LeaderHasMajority ==
    leader # Nil => 2 * Cardinality({s \in Server : votedFor[s] = leader}) > Cardinality(Server)
=============================================================================
