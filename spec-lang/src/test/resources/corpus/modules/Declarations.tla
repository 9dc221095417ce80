---- MODULE Declarations ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
CONSTANT N
CONSTANTS Proc, F(_), G(_, _), _ ** _, -. _, _ ^+
VARIABLE x
VARIABLES y, z
Init == x = 0 /\ y = 0 /\ z = 0
====
