---- MODULE AutoLabelSteps ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm autolabelsteps
variables x = 0, y = 0;
macro M(v) begin x := v; end macro;
begin
  x := 1;
  x := 2;
  M(3);
  M(4);
  while x < 9 do x := x + 1; end while;
  y := 1;
end algorithm; *)
====
