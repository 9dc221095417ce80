---- MODULE LabelPVariable ----
(* --algorithm Alg
variables x = 0;
begin
  variable: x := 1;
end algorithm *)
====
