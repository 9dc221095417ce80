---- MODULE LocalEquals ----
EXTENDS Naturals, Sequences
(* --algorithm Alg
variables x = 0;
procedure P(a) variables pv = a, pw;
begin
  L0: x := a + pv;
  L1: return;
end procedure
begin
  M: call P(1);
end algorithm *)
====
