---- MODULE PEmptyMainNoProcedure ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg
variables x = 0;
begin
end algorithm *)
====
