---- MODULE CEmptyMainBody ----
(* --algorithm Alg {
variables x = 0;
{ }
} *)
====
