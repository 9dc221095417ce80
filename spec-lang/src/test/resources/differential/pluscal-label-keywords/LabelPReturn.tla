---- MODULE LabelPReturn ----
(* --algorithm Alg
variables x = 0;
begin
  return: x := 1;
end algorithm *)
====
