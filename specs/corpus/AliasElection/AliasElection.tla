---- MODULE AliasElection ----
(* Nodes vote for a leader in rounds; a node may vote again in a later round  *)
(* without withdrawing its earlier vote, so two leaders can be elected. The     *)
(* ALIAS shows the run the way an operator reads it: leaders, votes per node    *)
(* and the round, instead of the raw vote set.                                  *)
EXTENDS Naturals, FiniteSets, TLC

CONSTANTS Nodes, MaxRound

VARIABLES votes, round

Quorum == 2

Init == votes = {} /\ round = 1

Vote(v, c) == /\ <<v, c, round>> \notin votes
             /\ \A r \in 1..round : <<v, c, r>> \notin votes
             /\ votes' = votes \cup {<<v, c, round>>}
             /\ UNCHANGED round

NextRound == round < MaxRound /\ round' = round + 1 /\ UNCHANGED votes

Next == (\E v, c \in Nodes : Vote(v, c)) \/ NextRound

VotesFor(c) == Cardinality({v \in Nodes : \E r \in 1..MaxRound : <<v, c, r>> \in votes})

Leaders == {c \in Nodes : VotesFor(c) >= Quorum}

AtMostOneLeader == Cardinality(Leaders) <= 1

Readable == [leaders |-> Leaders,
            tally   |-> [c \in Nodes |-> VotesFor(c)],
            round   |-> round,
            step    |-> TLCGet("level")]
====
