---- MODULE WithTranslation ----
EXTENDS Naturals, Sequences
CONSTANT Workers
(* --algorithm jobs
variables queue = 3, done = 0;
define Pending == queue - done
end define;
procedure work(n) variables spent = 0; begin
  Add: done := done + n;
       spent := n;
  Back: return;
end procedure;
process worker \in Workers
begin
  Take: if Pending > 0 then call work(1); end if;
  Again: goto Take;
end process;
end algorithm *)
\* BEGIN TRANSLATION
CONSTANT defaultInitValue
VARIABLES queue, done, pc, stack

(* define statement *)
Pending == queue - done

VARIABLES n, spent

vars == << queue, done, pc, stack, n, spent >>

ProcSet == (Workers)

Init == (* Global variables *)
        /\ queue = 3
        /\ done = 0
        (* Procedure work *)
        /\ n = [ self \in ProcSet |-> defaultInitValue]
        /\ spent = [ self \in ProcSet |-> 0]
        /\ stack = [self \in ProcSet |-> << >>]
        /\ pc = [self \in ProcSet |-> "Take"]

Add(self) == /\ pc[self] = "Add"
             /\ done' = done + n[self]
             /\ spent' = [spent EXCEPT ![self] = n[self]]
             /\ pc' = [pc EXCEPT ![self] = "Back"]
             /\ UNCHANGED << queue, stack, n >>

Back(self) == /\ pc[self] = "Back"
              /\ pc' = [pc EXCEPT ![self] = Head(stack[self]).pc]
              /\ spent' = [spent EXCEPT ![self] = Head(stack[self]).spent]
              /\ n' = [n EXCEPT ![self] = Head(stack[self]).n]
              /\ stack' = [stack EXCEPT ![self] = Tail(stack[self])]
              /\ UNCHANGED << queue, done >>

work(self) == Add(self) \/ Back(self)

Take(self) == /\ pc[self] = "Take"
              /\ IF Pending > 0
                    THEN /\ /\ n' = [n EXCEPT ![self] = 1]
                            /\ stack' = [stack EXCEPT ![self] = << [ procedure |->  "work",
                                                                     pc        |->  "Again",
                                                                     spent     |->  spent[self],
                                                                     n         |->  n[self] ] >>
                                                                 \o stack[self]]
                         /\ spent' = [spent EXCEPT ![self] = 0]
                         /\ pc' = [pc EXCEPT ![self] = "Add"]
                    ELSE /\ pc' = [pc EXCEPT ![self] = "Again"]
                         /\ UNCHANGED << stack, n, spent >>
              /\ UNCHANGED << queue, done >>

Again(self) == /\ pc[self] = "Again"
               /\ pc' = [pc EXCEPT ![self] = "Take"]
               /\ UNCHANGED << queue, done, stack, n, spent >>

worker(self) == Take(self) \/ Again(self)

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == /\ \A self \in ProcSet: pc[self] = "Done"
               /\ UNCHANGED vars

Next == (\E self \in ProcSet: work(self))
           \/ (\E self \in Workers: worker(self))
           \/ Terminating

Spec == Init /\ [][Next]_vars

Termination == <>(\A self \in ProcSet: pc[self] = "Done")

\* END TRANSLATION
Safety == done <= queue
====
