---- MODULE LabelPGoto ----
(* --algorithm Alg
variables x = 0;
begin
  goto: x := 1;
end algorithm *)
====
