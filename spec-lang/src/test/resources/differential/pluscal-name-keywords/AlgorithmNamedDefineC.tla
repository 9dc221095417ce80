---- MODULE AlgorithmNamedDefineC ----
EXTENDS Naturals
(* --algorithm define {
variables n = 0;
define { Big == n > 3 }
macro Bump(k) { n := n + k; }
{ Start: Bump(1); }
} *)
====
