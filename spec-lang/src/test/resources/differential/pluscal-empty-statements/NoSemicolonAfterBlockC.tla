---- MODULE NoSemicolonAfterBlockC ----
EXTENDS Naturals
(* --algorithm Tally {
variables hits = 0, misses = 0;
{
Count: { hits := 1 } misses := 2;
}
} *)
====
