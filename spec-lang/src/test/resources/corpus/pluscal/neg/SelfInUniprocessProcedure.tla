---- MODULE SelfInUniprocessProcedure ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm SelfInUniprocessProcedure
variables x = 0, y = 0;
procedure Q() begin q: x := self; return; end procedure; begin a: call Q(); b: skip;
end algorithm; *)
\* BEGIN TRANSLATION (chksum(pcal) = "5d513dc4" /\ chksum(tla) = "d99d9b6e")
VARIABLES x, y, pc, stack

vars == << x, y, pc, stack >>

Init == (* Global variables *)
        /\ x = 0
        /\ y = 0
        /\ stack = << >>
        /\ pc = "a"

q == /\ pc = "q"
     /\ x' = self
     /\ pc' = Head(stack).pc
     /\ stack' = Tail(stack)
     /\ y' = y

Q == q

a == /\ pc = "a"
     /\ stack' = << [ procedure |->  "Q",
                      pc        |->  "b" ] >>
                  \o stack
     /\ pc' = "q"
     /\ UNCHANGED << x, y >>

b == /\ pc = "b"
     /\ TRUE
     /\ pc' = "Done"
     /\ UNCHANGED << x, y, stack >>

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == pc = "Done" /\ UNCHANGED vars

Next == Q \/ a \/ b
           \/ Terminating

Spec == Init /\ [][Next]_vars

Termination == <>(pc = "Done")

\* END TRANSLATION 
====
