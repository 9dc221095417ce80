---- MODULE LabelPMacro ----
(* --algorithm Alg
variables x = 0;
begin
  macro: x := 1;
end algorithm *)
====
