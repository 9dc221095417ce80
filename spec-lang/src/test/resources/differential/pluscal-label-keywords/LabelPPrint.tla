---- MODULE LabelPPrint ----
(* --algorithm Alg
variables x = 0;
begin
  print: x := 1;
end algorithm *)
====
