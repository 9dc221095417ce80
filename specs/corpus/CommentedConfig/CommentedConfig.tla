---- MODULE CommentedConfig ----
(* A token passed round a ring of nodes. The interest is the config: both comment forms,    *)
(* nested block comments, sections split over lines, plural keywords, and a property list. *)
EXTENDS Naturals
CONSTANT N
VARIABLE token
vars == token
Init == token = 0
Pass == token' = (token + 1) % N
Spec == Init /\ [][Pass]_vars /\ WF_vars(Pass)
InRing == token \in 0..(N - 1)
NotNegative == token >= 0
EveryoneGetsIt == \A n \in 0..(N - 1) : []<>(token = n)
Moves == [][token' /= token]_vars
====
