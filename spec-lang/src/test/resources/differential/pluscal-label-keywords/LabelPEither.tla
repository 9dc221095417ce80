---- MODULE LabelPEither ----
(* --algorithm Alg
variables x = 0;
begin
  either: x := 1;
end algorithm *)
====
