---- MODULE CSkipMainBody ----
(* --algorithm Alg {
variables x = 0;
{ skip; }
} *)
====
