---- MODULE VariableNamedDo ----
EXTENDS Naturals
(* --algorithm Todo
variables do = 0;
process Worker \in {1, 2}
begin
  Pick: with job \in {1, 2} do do := job; end with;
  Done2: await do > 0;
end process;
end algorithm *)
====
