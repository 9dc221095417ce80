---- MODULE PEmptyElsifBeforeElse ----
EXTENDS Naturals
(* --algorithm Alg
variables x = 0;
begin
  L0: if x = 0 then x := 1; elsif x = 1 then else x := 2; end if;
end algorithm *)
\* BEGIN TRANSLATION (chksum(pcal) = "e2206cdc" /\ chksum(tla) = "ef949c3d")
VARIABLES x, pc

vars == << x, pc >>

Init == (* Global variables *)
        /\ x = 0
        /\ pc = "L0"

L0 == /\ pc = "L0"
      /\ IF x = 0
            THEN /\ x' = 1
            ELSE /\ IF x = 1
                       THEN /\ x' = x
                       ELSE /\ x' = 2
      /\ pc' = "Done"

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == pc = "Done" /\ UNCHANGED vars

Next == L0
           \/ Terminating

Spec == Init /\ [][Next]_vars

Termination == <>(pc = "Done")

\* END TRANSLATION 
====
