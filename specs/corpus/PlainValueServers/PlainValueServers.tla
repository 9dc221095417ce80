---- MODULE PlainValueServers ----
(* Servers elect a leader by highest priority. The config first gives s1, s2, s3 plain values  *)
(* (names the spec does not declare, so TLC ignores those assignments) and then names them in  *)
(* Server = {s1, s2, s3}, where they are model values. A real config shape TLC accepts.        *)
EXTENDS Naturals
CONSTANTS Server, Priority
VARIABLES leader, voted
Init == leader = [s \in Server |-> s] /\ voted = {}
Better(a, b) == Priority[a] > Priority[b]
Adopt(s, t) == s \notin voted /\ Better(t, leader[s]) /\ leader' = [leader EXCEPT ![s] = t] /\ voted' = voted
Settle(s) == s \notin voted /\ \A t \in Server : ~Better(t, leader[s]) /\ voted' = voted \cup {s} /\ UNCHANGED leader
Done == voted = Server /\ UNCHANGED <<leader, voted>>
Next == (\E s, t \in Server : Adopt(s, t)) \/ (\E s \in Server : Settle(s)) \/ Done
PriorityOf == [s \in Server |-> CASE s = CHOOSE x \in Server : TRUE -> 3 [] OTHER -> 1]
Agreement == voted = Server => \A s, t \in Server : leader[s] = leader[t]
====
