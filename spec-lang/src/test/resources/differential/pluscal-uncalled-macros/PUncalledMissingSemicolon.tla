---- MODULE PUncalledMissingSemicolon ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm Alg
variables x = 0;
macro M(p) begin x := p x := p; end macro;
begin
  L0: x := 1;
end algorithm *)
====
