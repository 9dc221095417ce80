---- MODULE LabelPElsif ----
(* --algorithm Alg
variables x = 0;
begin
  elsif: x := 1;
end algorithm *)
====
