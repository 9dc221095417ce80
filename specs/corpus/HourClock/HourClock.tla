----------------------------- MODULE HourClock -----------------------------
(* The hour clock of Specifying Systems, chapter 2, with a minute hand.    *)
EXTENDS Naturals

VARIABLES hr, min

HCini == hr \in (1..12) /\ min = 0
HCnxt == IF min = 59 THEN min' = 0 /\ hr' = IF hr = 12 THEN 1 ELSE hr + 1
         ELSE min' = min + 1 /\ hr' = hr
HC == HCini /\ [][HCnxt]_<<hr, min>>

HCTypeOK == hr \in 1..12 /\ min \in 0..59
=============================================================================
