---- MODULE WithBodyThenTwoSemicolonsC ----
EXTENDS Naturals
(* --algorithm Tally {
variables hits = 0, misses = 0;
{
Count: with (n \in {1, 2}) { hits := n }; ;
}
} *)
====
