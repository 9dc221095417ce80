---------------------------- MODULE TrafficLight ----------------------------
(* Two traffic lights at a crossing, never both green; a pedestrian button *)
(* forces an all-red phase.                                                *)
CONSTANTS NS, EW

VARIABLES light, button

vars == <<light, button>>

Dir == {NS, EW}
Colour == {"red", "amber", "green"}

TypeOK == light \in [Dir -> Colour] /\ button \in BOOLEAN

Init == light = [d \in Dir |-> "red"] /\ button = FALSE

Other(d) == IF d = NS THEN EW ELSE NS

Green(d) == light[d] = "red" /\ light[Other(d)] = "red" /\ ~button
            /\ light' = [light EXCEPT ![d] = "green"] /\ UNCHANGED button
Amber(d) == light[d] = "green" /\ light' = [light EXCEPT ![d] = "amber"] /\ UNCHANGED button
Red(d) == light[d] = "amber" /\ light' = [light EXCEPT ![d] = "red"] /\ UNCHANGED button
Press == ~button /\ button' = TRUE /\ UNCHANGED light
Walk == button /\ \A d \in Dir : light[d] = "red" /\ button' = FALSE /\ UNCHANGED light

Next == Press \/ Walk \/ \E d \in Dir : Green(d) \/ Amber(d) \/ Red(d)

Spec == Init /\ [][Next]_vars

NeverBothGreen == ~(light[NS] = "green" /\ light[EW] = "green")
=============================================================================
