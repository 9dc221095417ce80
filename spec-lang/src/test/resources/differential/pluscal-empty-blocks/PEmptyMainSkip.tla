---- MODULE PEmptyMainSkip ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg
variables x = 0;
begin
  skip;
end algorithm *)
====
