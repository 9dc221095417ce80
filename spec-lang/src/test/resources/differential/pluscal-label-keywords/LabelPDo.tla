---- MODULE LabelPDo ----
(* --algorithm Alg
variables x = 0;
begin
  do: x := 1;
end algorithm *)
====
