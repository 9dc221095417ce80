---- MODULE PCalledBeginLhs ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg
variables gv = 0;
macro M(mp) begin begin gv := mp; end macro;
begin
  Ld: M(2);
end algorithm *)
====
