---- MODULE LabelPProcedure ----
(* --algorithm Alg
variables x = 0;
begin
  procedure: x := 1;
end algorithm *)
====
