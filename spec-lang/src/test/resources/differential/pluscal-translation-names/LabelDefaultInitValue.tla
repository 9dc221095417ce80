---- MODULE LabelDefaultInitValue ----
EXTENDS Naturals
(* --algorithm jobs
variables done = 0;
begin
  defaultInitValue: done := 1;
end algorithm *)
====
