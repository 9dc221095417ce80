---- MODULE PcalInc ----
EXTENDS Naturals, TLC
(* --algorithm inc
variables x = 0;
process p \in 1..2
begin
  a: x := x + 1;
  b: assert x <= 2;
end process;
end algorithm; *)
====
