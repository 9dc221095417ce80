---- MODULE CEmptyProcessBody ----
(* --algorithm Alg {
process (Q = 1) { }
} *)
====
