---- MODULE PUncalledWhenBeginLhs ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg
variables gv = 0;
macro when(mp) begin begin gv := mp; end macro;
begin
  Ld: when(2);
end algorithm *)
====
