---- MODULE Dice ----
(* A die whose next-state relation reaches RandomElement through a definition of its own: a step's
   verdict is then no function of the step (another call may pick another face), so the direct
   engine caches no step of this spec. *)
EXTENDS Naturals, TLC
VARIABLE face
Faces == 1..6
Sample == RandomElement(Faces)
Init == face = 1
Roll == /\ face' \in Faces
        /\ Sample \in Faces
Next == Roll
====
