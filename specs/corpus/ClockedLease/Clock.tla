------------------------------- MODULE Clock -------------------------------
(* A bounded discrete clock.                                              *)
EXTENDS Naturals

CONSTANT MaxTime
VARIABLE now

ClockInit == now = 0
Tick == now < MaxTime /\ now' = now + 1
ClockTypeOK == now \in 0..MaxTime
=============================================================================
