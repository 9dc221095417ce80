---- MODULE LabelPCall ----
(* --algorithm Alg
variables x = 0;
begin
  call: x := 1;
end algorithm *)
====
