---- MODULE PEmptyMainWithProc ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg
variables x = 0;
procedure P() begin L1: return; end procedure;
begin
end algorithm *)
====
