---- MODULE CVariablesWithoutSemicolon ----
(* --algorithm Alg {
variables x = 0
{ skip; }
} *)
====
