---- MODULE LabelPEnd ----
(* --algorithm Alg
variables x = 0;
begin
  end: x := 1;
end algorithm *)
====
