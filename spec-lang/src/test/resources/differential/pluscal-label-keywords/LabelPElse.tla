---- MODULE LabelPElse ----
(* --algorithm Alg
variables x = 0;
begin
  else: x := 1;
end algorithm *)
====
