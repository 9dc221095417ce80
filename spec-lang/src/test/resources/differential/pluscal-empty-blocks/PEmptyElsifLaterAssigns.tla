---- MODULE PEmptyElsifLaterAssigns ----
EXTENDS Naturals
(* --algorithm Alg
variables x = 0, y = 0;
begin
  L0: if x = 0 then y := 1; elsif y = 1 then else y := 3; end if; x := 2;
  L1: skip;
end algorithm *)
\* BEGIN TRANSLATION (chksum(pcal) = "61d7b712" /\ chksum(tla) = "5412398f")
VARIABLES x, y, pc

vars == << x, y, pc >>

Init == (* Global variables *)
        /\ x = 0
        /\ y = 0
        /\ pc = "L0"

L0 == /\ pc = "L0"
      /\ IF x = 0
            THEN /\ y' = 1
            ELSE /\ IF y = 1
                       THEN /\ y' = y
                       ELSE /\ y' = 3
      /\ x' = 2
      /\ pc' = "L1"

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
