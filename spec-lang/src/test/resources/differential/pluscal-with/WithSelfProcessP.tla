---- MODULE WithSelfProcessP ----
EXTENDS Naturals, Sequences
(* --algorithm WithSelfProcessP
variables r = 0;
process P \in 1..2
begin
  Step:
    with x = self, y = x + 1 do r := y; end with;
end process;
end algorithm *)
====
