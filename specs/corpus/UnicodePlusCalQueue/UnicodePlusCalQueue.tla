---- MODULE UnicodePlusCalQueue ----
(* A producer and a consumer share a bounded queue; PlusCal written with TLA+'s  *)
(* Unicode symbols. The translation is written by 'lockstep translate'.          *)
EXTENDS Naturals, Sequences, TLC

CONSTANTS Capacity, Items

(* --algorithm UnicodePlusCalQueue
variables queue = ⟨⟩, produced = 0, consumed = 0;

process Producer = "producer"
begin
  Produce:
    while produced < Items do
      await Len(queue) < Capacity;
      queue ≔ Append(queue, produced);
      produced ≔ produced + 1;
    end while;
end process;

process Consumer = "consumer"
begin
  Consume:
    while consumed < Items do
      await queue ≠ ⟨⟩;
      assert Head(queue) = consumed;
      queue ≔ Tail(queue);
      consumed ≔ consumed + 1;
    end while;
end process;
end algorithm *)
\* BEGIN TRANSLATION (chksum(pcal) = "507c7c05" /\ chksum(tla) = "32e66383")
VARIABLES queue, produced, consumed, pc

vars == << queue, produced, consumed, pc >>

ProcSet == {"producer"} \cup {"consumer"}

Init == (* Global variables *)
        /\ queue = << >>
        /\ produced = 0
        /\ consumed = 0
        /\ pc = [self \in ProcSet |-> CASE self = "producer" -> "Produce"
                                        [] self = "consumer" -> "Consume"]

Produce == /\ pc["producer"] = "Produce"
           /\ IF produced                   <     Items
                 THEN /\ Len(queue)                       <     Capacity
                      /\ queue' = Append(queue,                             produced)
                      /\ produced' = produced                   +     1
                      /\ pc' = [pc EXCEPT !["producer"] = "Produce"]
                 ELSE /\ pc' = [pc EXCEPT !["producer"] = "Done"]
                      /\ UNCHANGED << queue, produced >>
           /\ UNCHANGED consumed

Producer == Produce

Consume == /\ pc["consumer"] = "Consume"
           /\ IF consumed                   <     Items
                 THEN /\ queue             /=    << >>
                      /\ Assert(Head(queue)                         =     consumed, 
                                "Failure of assertion at line 26, column 19.")
                      /\ queue' = Tail(queue)
                      /\ consumed' = consumed                   +     1
                      /\ pc' = [pc EXCEPT !["consumer"] = "Consume"]
                 ELSE /\ pc' = [pc EXCEPT !["consumer"] = "Done"]
                      /\ UNCHANGED << queue, consumed >>
           /\ UNCHANGED produced

Consumer == Consume

(* Allow infinite stuttering to prevent deadlock on termination. *)
Terminating == /\ \A self \in ProcSet: pc[self] = "Done"
               /\ UNCHANGED vars

Next == Producer \/ Consumer
           \/ Terminating

Spec == Init /\ [][Next]_vars

Termination == <>(\A self \in ProcSet: pc[self] = "Done")

\* END TRANSLATION 

Bounded ≜ ∧ Len(queue) ≤ Capacity
          ∧ consumed ≤ produced
====
