---- MODULE PUncalledAwaitBeginLhs ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg
variables gv = 0;
macro await(mp) begin begin gv := mp; end macro;
process Pr \in {1, 2}
begin
  Ld: await(2);
end process;
end algorithm *)
====
