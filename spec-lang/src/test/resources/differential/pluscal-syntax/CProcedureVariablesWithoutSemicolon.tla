---- MODULE CProcedureVariablesWithoutSemicolon ----
(* --algorithm Alg {
variables x = 0;
procedure P() variables y = 0 { return; }
{ skip; }
} *)
====
