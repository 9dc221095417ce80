---- MODULE SemicolonBeforeElseC ----
EXTENDS Naturals
(* --algorithm Tally {
variables hits = 0, misses = 0;
{
Count: if (hits = 0) { hits := 1 }; else { misses := 1 };
}
} *)
====
