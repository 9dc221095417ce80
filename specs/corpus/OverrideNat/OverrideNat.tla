---- MODULE OverrideNat ----
(* A spec quantifying over Nat, which TLC cannot enumerate. The config substitutes a finite *)
(* range for the standard module's Nat (Nat <- SmallNat) and for this module's MaxSteps.     *)
EXTENDS Naturals
VARIABLES x, steps
MaxSteps == 1000
SmallNat == 0..4
Three == 3
Init == x \in Nat /\ x < 2 /\ steps = 0
Next == steps < MaxSteps /\ \E n \in Nat : n > x /\ x' = n /\ steps' = steps + 1
TypeOK == x \in Nat /\ steps \in 0..MaxSteps
====
