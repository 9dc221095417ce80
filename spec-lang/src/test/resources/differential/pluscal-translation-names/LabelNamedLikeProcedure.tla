---- MODULE LabelNamedLikeProcedure ----
EXTENDS Naturals, Sequences
(* --algorithm jobs
variables n = 0;
procedure work() begin
  work: n := n + 1;
  return;
end procedure;
begin
  Call: call work();
end algorithm *)
====
