---- MODULE DefTranslatedC ----
EXTENDS Naturals, Sequences
(* --algorithm Alg {
variables gv = 0;
define { F(x) == LET y == x IN y  G == \E z \in {1} : F(z) }
{ A: gv := 1; B: gv := 2; }
} *)
\* BEGIN TRANSLATION
VARIABLES gv, pc

(* define statement *)
F(x) == LET y == x IN y  G == \E z \in {1} : F(z)


vars == << gv, pc >>

Init == (* Global variables *)
        /\ gv = 0
        /\ pc = "A"

A == /\ pc = "A"
     /\ gv' = 1
     /\ pc' = "B"

B == /\ pc = "B"
     /\ gv' = 2
     /\ pc' = "Done"

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == pc = "Done" /\ UNCHANGED vars

Next == A \/ B
           \/ Terminating

Spec == Init /\ [][Next]_vars

Termination == <>(pc = "Done")

\* END TRANSLATION
====
