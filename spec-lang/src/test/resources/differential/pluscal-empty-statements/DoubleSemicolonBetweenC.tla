---- MODULE DoubleSemicolonBetweenC ----
EXTENDS Naturals
(* --algorithm Tally {
variables hits = 0, misses = 0;
{
Count: hits := hits + 1;; misses := 0;
}
} *)
====
