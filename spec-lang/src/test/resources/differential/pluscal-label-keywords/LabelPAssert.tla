---- MODULE LabelPAssert ----
(* --algorithm Alg
variables x = 0;
begin
  assert: x := 1;
end algorithm *)
====
