---- MODULE ProcessWithoutLabels ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm processwithoutlabels
variables x = 0, y = 0;
process p \in {1, 2}
begin
  x := self;
end process;
end algorithm; *)
====
