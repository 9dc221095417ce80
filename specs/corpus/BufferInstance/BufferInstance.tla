-------------------------- MODULE BufferInstance --------------------------
(* A producer and a consumer around the Buffer module, instantiated at    *)
(* top level with the message set and capacity substituted.               *)
EXTENDS Naturals

CONSTANT Items
VARIABLES buf, produced, consumed

INSTANCE Buffer WITH Msg <- Items, Cap <- 2

vars == <<buf, produced, consumed>>

Init == BufInit /\ produced = 0 /\ consumed = 0

Produce == \E i \in Items : Put(i) /\ produced' = produced + 1 /\ UNCHANGED consumed
Consume == Get /\ consumed' = consumed + 1 /\ UNCHANGED produced

Next == (Produce \/ Consume) /\ produced < 5

Spec == Init /\ [][Next]_vars

TypeOK == BufTypeOK /\ produced \in 0..5 /\ consumed \in 0..5
Balance == produced - consumed = Len(buf)
=============================================================================
