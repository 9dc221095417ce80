---- MODULE ReturnOutsideProcedure ----
EXTENDS Naturals
(* --algorithm ReturnOutsideProcedure
begin
  a: return;
end algorithm *)
====
