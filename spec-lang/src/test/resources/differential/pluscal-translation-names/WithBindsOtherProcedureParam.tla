---- MODULE WithBindsOtherProcedureParam ----
EXTENDS Naturals, Sequences
(* --algorithm jobs
variables done = 0;
procedure work(n) begin
  Add: done := done + n;
  return;
end procedure;
begin
  Take: with n \in {1, 2} do done := n; end with;
  Call: call work(1);
end algorithm *)
====
