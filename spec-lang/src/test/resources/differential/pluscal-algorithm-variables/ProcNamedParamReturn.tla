---- MODULE ProcNamedParamReturn ----
EXTENDS Naturals, Sequences
(* --algorithm Jobs
variables total = 0;
procedure size(size) begin
  W1: skip;
  W2: return;
end procedure;
process Worker \in {1, 2}
begin
  P1: total := 1;
end process;
end algorithm *)
====
