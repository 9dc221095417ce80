---- MODULE GlobalStackWithoutProcedure ----
EXTENDS Naturals
(* --algorithm jobs
variables stack = 0;
begin
  Add: stack := stack + 1;
end algorithm *)
====
