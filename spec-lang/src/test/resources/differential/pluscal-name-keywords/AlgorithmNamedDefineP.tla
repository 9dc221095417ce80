---- MODULE AlgorithmNamedDefineP ----
EXTENDS Naturals
(* --algorithm define
variables n = 0;
define Big == n > 3
end define;
macro Bump(k) begin n := n + k; end macro;
begin
  Start: Bump(1);
end algorithm *)
====
