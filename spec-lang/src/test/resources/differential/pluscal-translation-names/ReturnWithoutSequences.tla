---- MODULE ReturnWithoutSequences ----
EXTENDS Naturals
(* --algorithm jobs
variables done = 0;
procedure work() begin
  Add: done := done + 1;
  return;
end procedure;
begin
  Call: call work();
end algorithm *)
====
