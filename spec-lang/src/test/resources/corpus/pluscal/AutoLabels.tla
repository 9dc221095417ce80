---- MODULE AutoLabels ----
EXTENDS Naturals
(* --algorithm AutoLabels
variables x = 0;
begin
  x := 1;
end algorithm *)
====
