---- MODULE WithSeqThreeP ----
EXTENDS Naturals, Sequences
(* --algorithm WithSeqThreeP
variables s = {1, 2}, r = 0;
begin
  Step:
    with x \in s, y = x + 1, z = x * y do
      r := z;
    end with;
end algorithm *)
====
