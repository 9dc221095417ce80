---- MODULE PEmptyEither ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg
variables x = 0;
begin
  L0: either
  or skip;
  end either;
end algorithm *)
====
