---- MODULE WithSeqP ----
EXTENDS Naturals, Sequences
(* --algorithm WithSeqP
variables queens = <<>>, todo = {<<1>>}, out = 0;
begin
  Step:
    with queens \in todo, nxtQ = Len(queens) + 1, z = nxtQ + Len(queens) do
      out := z;
    end with;
end algorithm *)
====
