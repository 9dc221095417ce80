---- MODULE AlgorithmNamedProcess ----
EXTENDS Naturals
(* --algorithm process {
variables done = 0;
{ Step: done := 1; }
} *)
====
