---- MODULE PEmptyWhile ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg
variables x = 0;
begin
  L0: while x > 0 do
  end while;
end algorithm *)
====
