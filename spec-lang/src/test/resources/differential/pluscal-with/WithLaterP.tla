---- MODULE WithLaterP ----
EXTENDS Naturals
(* --algorithm WithLaterP
variables r = 0;
begin
  Step:
    with y = x + 1, x \in {1} do
      r := y;
    end with;
end algorithm *)
====
