---- MODULE LabelPAwait ----
(* --algorithm Alg
variables x = 0;
begin
  await: x := 1;
end algorithm *)
====
