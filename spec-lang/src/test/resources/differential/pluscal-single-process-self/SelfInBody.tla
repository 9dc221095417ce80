---- MODULE SelfInBody ----
EXTENDS Naturals
(* --algorithm Alg
variables x = 0;
process P = 1
begin
  A: x := self;
end process
end algorithm *)
====
