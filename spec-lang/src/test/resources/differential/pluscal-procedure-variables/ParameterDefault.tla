---- MODULE ParameterDefault ----
EXTENDS Naturals, Sequences
(* --algorithm Alg
variables x = 0;
procedure P(a = 0, b)
begin
  L0: x := a + b;
  L1: return;
end procedure
begin
  M: call P(1, 2);
end algorithm *)
====
