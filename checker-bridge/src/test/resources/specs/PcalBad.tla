---- MODULE PcalBad ----
EXTENDS Naturals
(* --algorithm bad
variables x = 0;
begin
  a: x := x + 1
  b: skip;
end algorithm; *)
====
