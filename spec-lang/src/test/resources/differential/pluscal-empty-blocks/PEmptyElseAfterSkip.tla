---- MODULE PEmptyElseAfterSkip ----
EXTENDS Naturals
(* --algorithm Alg
variables x = 0, y = 0;
begin
  L0: if x = 0 then skip; else end if; x := 2;
  L1: skip;
end algorithm *)
\* BEGIN TRANSLATION (chksum(pcal) = "1b21ec28" /\ chksum(tla) = "7ba81622")
VARIABLES x, y, pc

vars == << x, y, pc >>

Init == (* Global variables *)
        /\ x = 0
        /\ y = 0
        /\ pc = "L0"

L0 == /\ pc = "L0"
      /\ IF x = 0
            THEN /\ TRUE
            ELSE /\ TRUE
      /\ x' = 2
      /\ pc' = "L1"
      /\ y' = y

L1 == /\ pc = "L1"
      /\ TRUE
      /\ pc' = "Done"
      /\ UNCHANGED << x, y >>

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == pc = "Done" /\ UNCHANGED vars

Next == L0 \/ L1
           \/ Terminating

Spec == Init /\ [][Next]_vars

Termination == <>(pc = "Done")

\* END TRANSLATION 
====
