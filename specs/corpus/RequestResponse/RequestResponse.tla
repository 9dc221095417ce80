-------------------------- MODULE RequestResponse --------------------------
(* Clients send requests to a server over a lossy network; the server      *)
(* answers each request once. Messages are a union of record sets.         *)
EXTENDS Naturals, FiniteSets

CONSTANTS Client, MaxId

VARIABLES network, served, nextId

vars == <<network, served, nextId>>

Request == [type : {"req"}, from : Client, id : 1..MaxId]
Response == [type : {"resp"}, to : Client, id : 1..MaxId, ok : BOOLEAN]
Message == Request \cup Response

TypeOK ==
  /\ network \subseteq Message
  /\ served \subseteq 1..MaxId
  /\ nextId \in 1..(MaxId + 1)

Init == network = {} /\ served = {} /\ nextId = 1

Send(c) ==
  /\ nextId <= MaxId
  /\ network' = network \cup {[type |-> "req", from |-> c, id |-> nextId]}
  /\ nextId' = nextId + 1
  /\ UNCHANGED served

Serve(m) ==
  /\ m.type = "req"
  /\ m.id \notin served
  /\ \E ok \in BOOLEAN :
       network' = (network \ {m}) \cup {[type |-> "resp", to |-> m.from, id |-> m.id, ok |-> ok]}
  /\ served' = served \cup {m.id}
  /\ UNCHANGED nextId

Receive(m) ==
  /\ m.type = "resp"
  /\ network' = network \ {m}
  /\ UNCHANGED <<served, nextId>>

Lose(m) == network' = network \ {m} /\ UNCHANGED <<served, nextId>>

Done == nextId > MaxId /\ network = {} /\ UNCHANGED vars

Next == \/ \E c \in Client : Send(c)
        \/ \E m \in network : Serve(m) \/ Receive(m) \/ Lose(m)
        \/ Done

Spec == Init /\ [][Next]_vars

AnsweredOnce == \A m \in network : m.type = "resp" => m.id \in served
=============================================================================
