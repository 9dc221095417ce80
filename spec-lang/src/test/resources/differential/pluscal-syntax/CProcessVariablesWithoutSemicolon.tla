---- MODULE CProcessVariablesWithoutSemicolon ----
(* --algorithm Alg {
process (Q = 1) variables z = 1 { skip; }
} *)
====
