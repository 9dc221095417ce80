---- MODULE LabelPWhen ----
(* --algorithm Alg
variables x = 0;
begin
  when: x := 1;
end algorithm *)
====
