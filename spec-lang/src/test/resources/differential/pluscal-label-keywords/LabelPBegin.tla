---- MODULE LabelPBegin ----
(* --algorithm Alg
variables x = 0;
begin
  begin: x := 1;
end algorithm *)
====
