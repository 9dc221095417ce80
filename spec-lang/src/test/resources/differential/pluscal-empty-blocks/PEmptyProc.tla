---- MODULE PEmptyProc ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg
variables x = 0;
procedure P() begin end procedure;
begin
  L0: call P();
end algorithm *)
====
