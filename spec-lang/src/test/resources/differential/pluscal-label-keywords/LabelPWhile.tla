---- MODULE LabelPWhile ----
(* --algorithm Alg
variables x = 0;
begin
  while: x := 1;
end algorithm *)
====
