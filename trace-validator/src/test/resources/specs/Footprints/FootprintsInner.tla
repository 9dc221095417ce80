--------------------------- MODULE FootprintsInner --------------------------
(* One counter, instantiated by Footprints with x for a. *)
EXTENDS Naturals

VARIABLE a

Step == a' = a + 2
=============================================================================
