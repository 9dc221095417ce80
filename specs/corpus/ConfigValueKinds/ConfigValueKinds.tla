---- MODULE ConfigValueKinds ----
(* Every kind of value a config can give a constant: an integer, a string, a Boolean, a model *)
(* value, a set of sets, and a set mixing model values. The spec walks a feature-flag rollout  *)
(* over groups of regions and asserts the values arrived as written.                          *)
EXTENDS Naturals, FiniteSets
CONSTANTS Retries, Mode, Verbose, Nobody, Groups, Regions
VARIABLES enabled, attempts
Init == enabled = {} /\ attempts = 0
Enable(g) == g \cap enabled = {} /\ enabled' = enabled \cup g /\ UNCHANGED attempts
Retry == attempts < Retries /\ attempts' = attempts + 1 /\ UNCHANGED enabled
Next == Retry \/ \E g \in Groups : Enable(g)
ValuesAsWritten == /\ Retries = 2 /\ Mode = "canary" /\ Verbose = FALSE
                   /\ Nobody \notin Regions /\ UNION Groups = Regions
Rolled == enabled \subseteq Regions /\ Cardinality(enabled) <= Cardinality(Regions)
====
