---- MODULE WithNestedSameNameP ----
EXTENDS Naturals, Sequences
(* --algorithm WithNestedSameNameP
variables r = 0;
begin
  Step:
    with x \in {1} do
      with x \in {2} do
        r := x;
      end with;
    end with;
end algorithm *)
====
