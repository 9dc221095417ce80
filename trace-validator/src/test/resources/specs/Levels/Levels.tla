------------------------------ MODULE Levels ------------------------------
(***************************************************************************)
(* A step counter that reads the behaviour's depth with TLCGet("level")    *)
(* instead of keeping its own count: every state's depth is its level. A   *)
(* validator that checks a long log in parts must start each part at the   *)
(* level its first state has in the whole log.                             *)
(***************************************************************************)
EXTENDS Naturals, TLC

VARIABLES depth, lamp

Init == depth = 1 /\ lamp = "off"

Toggle ==
    /\ depth' = TLCGet("level") + 1
    /\ lamp' = IF lamp = "on" THEN "off" ELSE "on"

Wait ==
    /\ depth' = TLCGet("level") + 1
    /\ UNCHANGED lamp

Next == Toggle \/ Wait

Spec == Init /\ [][Next]_<<depth, lamp>>
=============================================================================
