---- MODULE SelfInUniprocess ----
EXTENDS Naturals, TLC
(* --algorithm SelfInUniprocess
variables x = 0, y = 0;
begin a: x := self;
end algorithm; *)
\* BEGIN TRANSLATION (chksum(pcal) = "272f2835" /\ chksum(tla) = "13fc5f97")
VARIABLES x, y, pc

vars == << x, y, pc >>

Init == (* Global variables *)
        /\ x = 0
        /\ y = 0
        /\ pc = "a"

a == /\ pc = "a"
     /\ x' = self
     /\ pc' = "Done"
     /\ y' = y

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == pc = "Done" /\ UNCHANGED vars

Next == a
           \/ Terminating

Spec == Init /\ [][Next]_vars

Termination == <>(pc = "Done")

\* END TRANSLATION 
====
