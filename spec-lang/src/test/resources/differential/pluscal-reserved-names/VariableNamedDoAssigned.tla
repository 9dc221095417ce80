---- MODULE VariableNamedDoAssigned ----
EXTENDS Naturals
(* --algorithm Todo
variables do = 0, done = 0;
process Worker \in {1, 2}
begin
  Pick: with job \in {1, 2} do do := job; end with;
  Finish: done := done + 1;
end process;
end algorithm *)
====
