---- MODULE PEmptyElse ----
EXTENDS Naturals
(* --algorithm Alg
variables x = 0;
begin
  L0: if x = 0 then x := 1; else end if;
end algorithm *)
\* BEGIN TRANSLATION (chksum(pcal) = "dca8033" /\ chksum(tla) = "f86d1b98")
VARIABLES x, pc

vars == << x, pc >>

Init == (* Global variables *)
        /\ x = 0
        /\ pc = "L0"

L0 == /\ pc = "L0"
      /\ IF x = 0
            THEN /\ x' = 1
            ELSE /\ TRUE
                 /\ x' = x
      /\ pc' = "Done"

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == pc = "Done" /\ UNCHANGED vars

Next == L0
           \/ Terminating

Spec == Init /\ [][Next]_vars

Termination == <>(pc = "Done")

\* END TRANSLATION 
====
