---- MODULE PEmptyThenBeforeElse ----
EXTENDS Naturals
(* --algorithm Alg
variables x = 0;
begin
  L0: if x = 0 then else x := 1; end if;
end algorithm *)
\* BEGIN TRANSLATION (chksum(pcal) = "6356a57f" /\ chksum(tla) = "33e414d8")
VARIABLES x, pc

vars == << x, pc >>

Init == (* Global variables *)
        /\ x = 0
        /\ pc = "L0"

L0 == /\ pc = "L0"
      /\ IF x = 0
            THEN /\ x' = x
            ELSE /\ x' = 1
      /\ pc' = "Done"

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == pc = "Done" /\ UNCHANGED vars

Next == L0
           \/ Terminating

Spec == Init /\ [][Next]_vars

Termination == <>(pc = "Done")

\* END TRANSLATION 
====
