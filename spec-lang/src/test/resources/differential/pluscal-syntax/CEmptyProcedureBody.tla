---- MODULE CEmptyProcedureBody ----
(* --algorithm Alg {
variables x = 0;
procedure P() { }
{ skip; }
} *)
====
