---- MODULE LabelPThen ----
(* --algorithm Alg
variables x = 0;
begin
  then: x := 1;
end algorithm *)
====
