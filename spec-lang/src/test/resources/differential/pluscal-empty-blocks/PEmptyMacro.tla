---- MODULE PEmptyMacro ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg
variables x = 0;
macro M() begin end macro;
begin
  L0: M();
end algorithm *)
====
