---- MODULE WithShadowsProcessLocalP ----
EXTENDS Naturals, Sequences
(* --algorithm WithShadowsProcessLocalP
variables r = 0;
process P \in 1..2
variables q = <<>>;
begin
  Step:
    with q \in {<<1>>}, n = Len(q) do
      r := n;
    end with;
end process;
end algorithm *)
====
