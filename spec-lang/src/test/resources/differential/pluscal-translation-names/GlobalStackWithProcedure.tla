---- MODULE GlobalStackWithProcedure ----
EXTENDS Naturals, Sequences
(* --algorithm jobs
variables stack = 0;
procedure work() begin
  Add: stack := stack + 1;
  return;
end procedure;
begin
  Call: call work();
end algorithm *)
====
